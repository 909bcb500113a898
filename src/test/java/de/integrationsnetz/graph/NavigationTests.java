package de.integrationsnetz.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relationship fields against the seed in Neo4j: each navigates to what the graph holds,
 * both ways, and shows only relationships current today ({@value #TODAY}).
 */
class NavigationTests extends GraphIntegrationTest {

	@Autowired
	private Neo4jClient neo4j;

	@Test
	void everyRelationshipFieldReachesTheCurrentlyRelatedEntities() {
		List<String> withoutSeedData = new ArrayList<>();
		int checked = 0;
		for (Relation relation : Relations.all()) {
			List<Map<String, Object>> pairs = this.neo4j
				.query("MATCH " + labelled(relation) + " WHERE " + Validity.CURRENT
						+ " RETURN parent.id AS parent, collect(node.id) AS nodes LIMIT 3")
				.bind(LocalDate.parse(TODAY))
				.to("today")
				.fetch()
				.all()
				.stream()
				.toList();
			if (pairs.isEmpty()) {
				withoutSeedData.add(relation.coordinates());
				continue;
			}
			for (Map<String, Object> pair : pairs) {
				List<String> expected = ((List<?>) pair.get("nodes")).stream().map(String.class::cast).toList();
				List<String> actual = navigate(relation, (String) pair.get("parent"));
				if (relation.single()) {
					assertThat(expected).as(relation.coordinates()).containsAll(actual);
					assertThat(actual).as(relation.coordinates()).hasSize(1);
				}
				else {
					assertThat(actual).as(relation.coordinates() + " of " + pair.get("parent"))
						.containsExactlyInAnyOrderElementsOf(expected);
				}
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(Relations.all().size());
		assertThat(withoutSeedData).as("relationship fields the seed has no data for").hasSizeLessThan(6);
	}

	@Test
	@SuppressWarnings("unchecked")
	void pagesThroughARelationshipFieldWithCursors() {
		String network = this.neo4j.query("""
				MATCH (n:Network)<-[r:MEMBER_OF]-() WHERE r.until IS NULL
				WITH n, count(r) AS members
				RETURN n.id ORDER BY members DESC, n.id LIMIT 1
				""").fetchAs(String.class).one().orElseThrow();
		List<String> all = navigate(Relations.find("Network", "members").orElseThrow(), network);
		assertThat(all).hasSizeGreaterThan(5);
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			Map<String, Object> members = graphQl().document("""
					query ($id: ID!, $after: String) { node(id: $id) { ... on Network {
					  members(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor }
					    edges { node { id } } } } } }
					""")
				.variable("id", network)
				.variable("after", after)
				.execute()
				.errors()
				.verify()
				.path("node.members")
				.entity(Map.class)
				.get();
			assertThat(((Number) members.get("totalCount")).intValue()).isEqualTo(all.size());
			for (Map<String, Object> edge : (List<Map<String, Object>>) members.get("edges")) {
				paged.add((String) ((Map<String, Object>) edge.get("node")).get("id"));
			}
			Map<String, Object> pageInfo = (Map<String, Object>) members.get("pageInfo");
			hasNext = (Boolean) pageInfo.get("hasNextPage");
			after = (String) pageInfo.get("endCursor");
		}
		assertThat(paged).containsExactlyElementsOf(all);
	}

	@Test
	void navigatesEachTieBothWays() {
		assertThat(navigate(Relations.find("Department", "contactPerson").orElseThrow(), "fb-buergerdienste"))
			.singleElement()
			.satisfies(
					(person) -> assertThat(navigate(Relations.find("Person", "contactPersonFor").orElseThrow(), person))
						.contains("fb-buergerdienste"));
		assertThat(navigate(Relations.find("Department", "subUnits").orElseThrow(), "fb-buergerdienste"))
			.contains("auslaenderbehoerde");
		assertThat(navigate(Relations.find("Department", "parent").orElseThrow(), "auslaenderbehoerde"))
			.containsExactly("fb-buergerdienste");
	}

	@Test
	void hidesRelationshipsThatHaveEnded() {
		int checked = 0;
		for (Relation relation : Relations.all()) {
			List<Map<String, Object>> ended = this.neo4j
				.query("MATCH " + labelled(relation) + " WHERE rel.until < $today AND NOT EXISTS { MATCH "
						+ labelled(relation).replace("rel:", "current:")
						+ " WHERE (current.since IS NULL OR current.since <= $today)"
						+ " AND (current.until IS NULL OR current.until >= $today) }"
						+ " RETURN parent.id AS parent, node.id AS node LIMIT 2")
				.bind(LocalDate.parse(TODAY))
				.to("today")
				.fetch()
				.all()
				.stream()
				.toList();
			for (Map<String, Object> pair : ended) {
				assertThat(navigate(relation, (String) pair.get("parent")))
					.as("%s of %s after the tie ended", relation.coordinates(), pair.get("parent"))
					.doesNotContain((String) pair.get("node"));
				checked++;
			}
		}
		assertThat(checked).as("ended ties in the seed").isPositive();
	}

	@Test
	void showsATieFromItsSinceDayAndUntilItsUntilDay() {
		Relation languages = Relations.find("Person", "languages").orElseThrow();
		String person = firstId("Person");
		String language = this.neo4j.query("""
				MATCH (l:Language) WHERE NOT EXISTS { MATCH (:Person {id: $person})-[:SPEAKS]->(l) }
				RETURN l.id ORDER BY l.id LIMIT 1
				""").bind(person).to("person").fetchAs(String.class).one().orElseThrow();
		LocalDate today = LocalDate.parse(TODAY);
		try {
			setTie(person, language, today.plusDays(1), null);
			assertThat(navigate(languages, person)).as("starts tomorrow").doesNotContain(language);
			setTie(person, language, today, null);
			assertThat(navigate(languages, person)).as("starts today").contains(language);
			setTie(person, language, today.minusYears(1), today);
			assertThat(navigate(languages, person)).as("ends today").contains(language);
			setTie(person, language, today.minusYears(1), today.minusDays(1));
			assertThat(navigate(languages, person)).as("ended yesterday").doesNotContain(language);
		}
		finally {
			this.neo4j.query("MATCH (:Person {id: $person})-[r:SPEAKS]->(:Language {id: $language}) DELETE r")
				.bindAll(Map.of("person", person, "language", language))
				.run();
		}
	}

	private void setTie(String person, String language, LocalDate since, LocalDate until) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("person", person);
		parameters.put("language", language);
		parameters.put("since", since);
		parameters.put("until", until);
		this.neo4j.query("""
				MATCH (p:Person {id: $person}), (l:Language {id: $language})
				MERGE (p)-[r:SPEAKS]->(l)
				SET r.since = $since, r.until = $until
				""").bindAll(parameters).run();
	}

	private String firstId(String label) {
		return this.neo4j.query("MATCH (n:" + label + ") RETURN n.id ORDER BY n.id LIMIT 1")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	private static String labelled(Relation relation) {
		return relation.pattern().replace("(parent)", "(parent:" + relation.parentType() + ")");
	}

	/**
	 * The ids a relationship field of one entity returns through the API.
	 */
	@SuppressWarnings("unchecked")
	private List<String> navigate(Relation relation, String parentId) {
		String selection = relation.single() ? relation.field() + " { id }"
				: relation.field() + "(first: 100) { totalCount edges { node { id } } }";
		String document = "query ($id: ID!) { node(id: $id) { ... on " + relation.parentType() + " { " + selection
				+ " } } }";
		Map<String, Object> parent = graphQl().document(document)
			.variable("id", parentId)
			.execute()
			.errors()
			.verify()
			.path("node")
			.entity(Map.class)
			.get();
		Map<String, Object> map = (Map<String, Object>) parent.get(relation.field());
		if (map == null) {
			return List.of();
		}
		if (relation.single()) {
			return List.of((String) map.get("id"));
		}
		List<Map<String, Object>> edges = (List<Map<String, Object>>) map.get("edges");
		assertThat(((Number) map.get("totalCount")).intValue()).isEqualTo(edges.size());
		return edges.stream().map((edge) -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
	}

}
