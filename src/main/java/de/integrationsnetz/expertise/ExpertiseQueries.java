package de.integrationsnetz.expertise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;
import de.integrationsnetz.graph.NameFolding;
import de.integrationsnetz.graph.PageRequest;
import de.integrationsnetz.graph.Validity;
import de.integrationsnetz.search.NameSuggestions;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the expert finder: resolving what the client named (a topic by id or
 * name, a language by code or name, …) and the one query that finds, scores, orders and
 * pages the experts.
 */
@Component
class ExpertiseQueries {

	/**
	 * Where the finder query starts: the most selective criterion the client gave, found
	 * by its id through a uniqueness index, so no query ever scans all persons or topics.
	 */
	enum Anchor {

		/**
		 * The asked topic and every narrower topic at any depth (the topic tree has no
		 * cycles: the writes refuse them), through current BROADER ties, then the persons
		 * with current expertise on them. Each person keeps, per matched topic, the
		 * shortest chain from the asked topic.
		 */
		TOPIC("""
				MATCH (asked:Topic {id: $topic})
				MATCH chain = (asked)<-[:BROADER*0..]-(matched:Topic)
				WHERE all(b IN relationships(chain) WHERE %s)
				MATCH (matched)<-[expertise:HAS_EXPERTISE]-(person:Person)
				WHERE %s AND (matched = asked OR coalesce(matched.archived, false) = false)
				WITH person, matched, expertise, chain ORDER BY length(chain)
				WITH person, matched, expertise, collect(chain)[0] AS chain
				WITH person, matched, expertise, chain,
				  (100.0 + CASE expertise.level WHEN 'EXPERT' THEN 30 WHEN 'ADVANCED' THEN 20 ELSE 10 END)
				    * 0.5 ^ length(chain) AS topicScore
				ORDER BY topicScore DESC, matched.searchName, matched.id
				WITH person, collect({topic: matched, level: expertise.level, depth: length(chain),
				  path: nodes(chain), score: topicScore}) AS topicMatches
				""".formatted(Validity.current("b"), Validity.current("expertise"))),
		/** Persons who currently offer the language. */
		LANGUAGE(person("(:Language {id: $language})<-[tie:SPEAKS]-(person:Person)")),
		/** Persons who currently work with the target group. */
		TARGET_GROUP(person("(:TargetGroup {id: $targetGroup})<-[tie:WORKS_WITH]-(person:Person)")),
		/** Persons currently working in the department. */
		DEPARTMENT(person("(:Department {id: $department})<-[tie:WORKS_IN]-(person:Person)")),
		/** Persons currently working for the organisation. */
		ORGANISATION(person("(:Organisation {id: $organisation})<-[tie:WORKS_FOR]-(person:Person)")),
		/** Current members of the network. */
		NETWORK(person("(:Network {id: $network})<-[tie:MEMBER_OF]-(person:Person)"));

		private final String cypher;

		Anchor(String cypher) {
			this.cypher = cypher;
		}

		private static String person(String pattern) {
			return "MATCH " + pattern + "\nWHERE " + Validity.current("tie")
					+ "\nWITH DISTINCT person, [] AS topicMatches\n";
		}

	}

	/**
	 * After the anchor: every other criterion as an existence check from the person, the
	 * scope, the score (the best topic match), the order with its tie-breaks, the page
	 * and, for the page only, the reasons.
	 */
	private static final String FILTER_SCORE_AND_PAGE = """
			WITH person, topicMatches,
			  reduce(best = 0.0, m IN topicMatches | CASE WHEN m.score > best THEN m.score ELSE best END) AS score
			WHERE coalesce(person.archived, false) = false
			  AND ($language IS NULL OR EXISTS { MATCH (person)-[r:SPEAKS]->(:Language {id: $language}) WHERE %1$s })
			  AND ($targetGroup IS NULL
			    OR EXISTS { MATCH (person)-[r:WORKS_WITH]->(:TargetGroup {id: $targetGroup}) WHERE %1$s })
			  AND ($department IS NULL OR EXISTS { MATCH (person)-[r:WORKS_IN]->(:Department {id: $department}) WHERE %1$s })
			  AND ($organisation IS NULL
			    OR EXISTS { MATCH (person)-[r:WORKS_FOR]->(:Organisation {id: $organisation}) WHERE %1$s })
			  AND ($network IS NULL OR EXISTS { MATCH (person)-[r:MEMBER_OF]->(:Network {id: $network}) WHERE %1$s })
			WITH person, topicMatches, score,
			  EXISTS { MATCH (person)-[r:WORKS_IN]->(:Department) WHERE %1$s } AS internal,
			  EXISTS { MATCH (person)-[r:WORKS_FOR]->(:Organisation) WHERE %1$s } AS external
			WHERE $scope = 'ALL' OR ($scope = 'INTERNAL' AND internal) OR ($scope = 'EXTERNAL' AND external)
			WITH person, topicMatches, score, internal, external,
			  [(person)-[r:CONTACT_PERSON_FOR]->(d:Department) WHERE %1$s AND coalesce(d.archived, false) = false | d] AS contactPersonFor,
			  [(person)-[r:DEPUTY_FOR]->(d:Department) WHERE %1$s AND coalesce(d.archived, false) = false | d] AS deputyFor
			ORDER BY score DESC, size(contactPersonFor) > 0 DESC, size(deputyFor) > 0 DESC, person.searchName, person.id
			WITH collect({person: person, score: score, topicMatches: topicMatches, internal: internal,
			  external: external, contactPersonFor: contactPersonFor, deputyFor: deputyFor}) AS matches
			WITH size(matches) AS total, matches[$offset..$offset + $limit] AS page
			CALL (page) {
			  UNWIND page AS match
			  WITH match, match.person AS person
			  RETURN collect(match {.*,
			    languages: [(person)-[r:SPEAKS]->(l:Language) WHERE %1$s AND coalesce(l.archived, false) = false | l],
			    targetGroups: [(person)-[r:WORKS_WITH]->(g:TargetGroup) WHERE %1$s AND coalesce(g.archived, false) = false | g],
			    networks: [(person)-[r:MEMBER_OF]->(n:Network) WHERE %1$s AND coalesce(n.archived, false) = false | n]}) AS rows
			}
			RETURN total, rows
			"""
		.formatted(Validity.current("r"));

	private static final Map<Anchor, String> FINDERS = new EnumMap<>(Anchor.class);

	static {
		for (Anchor anchor : Anchor.values()) {
			FINDERS.put(anchor, anchor.cypher + FILTER_SCORE_AND_PAGE);
		}
	}

	private static final int SUGGESTIONS = 5;

	private final Neo4jClient client;

	private final Clock clock;

	private final NameSuggestions fullText;

	ExpertiseQueries(Neo4jClient client, Clock clock, NameSuggestions fullText) {
		this.client = client;
		this.clock = clock;
		this.fullText = fullText;
	}

	/**
	 * The finder query that starts at an anchor: the very text {@link #find} runs.
	 * @param anchor where the query starts
	 * @return the Cypher
	 */
	static String finderCypher(Anchor anchor) {
		return FINDERS.get(anchor);
	}

	/**
	 * Finds, scores, orders and pages the experts in one round trip.
	 * @param criteria the resolved ids (null where not asked) and the scope
	 * @param page the page
	 * @return the total and the page's matches
	 */
	Result find(Criteria criteria, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("topic", criteria.topic());
		parameters.put("language", criteria.language());
		parameters.put("targetGroup", criteria.targetGroup());
		parameters.put("department", criteria.department());
		parameters.put("organisation", criteria.organisation());
		parameters.put("network", criteria.network());
		parameters.put("scope", criteria.scope().name());
		parameters.put("today", LocalDate.now(this.clock));
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return this.client.query(finderCypher(criteria.anchor()))
			.bindAll(parameters)
			.fetchAs(Result.class)
			.mappedBy((types, row) -> new Result(row.get("total").asInt(),
					row.get("rows").asList(ExpertiseQueries::toMatch)))
			.one()
			.orElse(new Result(0, List.of()));
	}

	/**
	 * A topic or target group by id, or by its name folded (see {@link NameFolding}),
	 * through the id and text indexes.
	 * @param label {@code Topic} or {@code TargetGroup} (a constant of the caller)
	 * @param value what the client sent
	 * @return the id, if one entity has that id or name
	 */
	Optional<String> resolveByIdOrName(String label, String value) {
		return this.client.query("""
				MATCH (n:%1$s {id: $value}) RETURN n.id AS id
				UNION
				MATCH (n:%1$s) WHERE n.searchName = $spelledOut RETURN n.id AS id
				UNION
				MATCH (n:%1$s) WHERE n.searchNameBare = $bare RETURN n.id AS id
				""".formatted(label))
			.bindAll(Map.of("value", value, "spelledOut", NameFolding.spelledOut(value), "bare",
					NameFolding.bare(value)))
			.fetchAs(String.class)
			.all()
			.stream()
			.sorted()
			.findFirst();
	}

	/**
	 * A language by id, ISO 639-1 code, German name (folded) or English name (case
	 * ignored). Languages are few; the query reads them all.
	 * @param value what the client sent
	 * @return the language's id, if any matches
	 */
	Optional<String> resolveLanguage(String value) {
		return this.client.query("""
				MATCH (l:Language)
				WHERE l.id = $value OR toLower(l.code) = $lower OR l.searchName = $spelledOut
				  OR l.searchNameBare = $bare OR toLower(l.nameEn) = $lower
				RETURN l.id ORDER BY l.id LIMIT 1
				""")
			.bindAll(Map.of("value", value, "lower", value.strip().toLowerCase(Locale.ROOT), "spelledOut",
					NameFolding.spelledOut(value), "bare", NameFolding.bare(value)))
			.fetchAs(String.class)
			.one();
	}

	/**
	 * Whether an entity of the label has the id.
	 * @param label a label constant of the caller
	 * @param id what the client sent
	 * @return true if it exists
	 */
	boolean exists(String label, String id) {
		return this.client.query("MATCH (n:%s {id: $id}) RETURN count(n) > 0".formatted(label))
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Names close to an unknown value, for the error's suggestions: first what the
	 * full-text search finds (umlaut spellings, one typo, prefixes; for the labels it
	 * indexes, such as topics), then entities of the label whose folded name contains one
	 * of the value's words (three letters or more) or differs from the whole value by at
	 * most two letters (for the few target groups and languages, which it does not
	 * index).
	 * @param label a label constant of the caller
	 * @param value the unknown value
	 * @return up to five names, closest first
	 */
	List<String> suggestions(String label, String value) {
		java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(
				this.fullText.suggest(label, value, SUGGESTIONS));
		names.addAll(closeNames(label, value));
		return names.stream().limit(SUGGESTIONS).toList();
	}

	private List<String> closeNames(String label, String value) {
		String bare = NameFolding.bare(value);
		List<String> tokens = List.of(bare.split("[^\\p{L}\\p{N}]+"))
			.stream()
			.filter((token) -> token.length() >= 3)
			.toList();
		List<Map<String, Object>> rows = new ArrayList<>(
				this.client.query("MATCH (n:%s) RETURN n.name AS name, n.searchNameBare AS bare".formatted(label))
					.fetch()
					.all());
		return rows.stream().filter((row) -> {
			String candidate = (String) row.get("bare");
			return tokens.stream().anyMatch(candidate::contains) || distance(candidate, bare) <= 2;
		})
			.sorted(Comparator.comparingInt((Map<String, Object> row) -> distance((String) row.get("bare"), bare))
				.thenComparing((row) -> (String) row.get("name")))
			.map((row) -> (String) row.get("name"))
			.limit(SUGGESTIONS)
			.toList();
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static ExpertMatch toMatch(Value row) {
		List<ExpertMatch.TopicMatch> topics = row.get("topicMatches")
			.asList((match) -> new ExpertMatch.TopicMatch(node(match.get("topic")), match.get("level").asString(),
					match.get("depth").asInt(), match.get("path").asList(ExpertiseQueries::node)));
		ExpertMatch.Reasons reasons = new ExpertMatch.Reasons(topics, nodes(row.get("languages")),
				nodes(row.get("targetGroups")), nodes(row.get("contactPersonFor")), nodes(row.get("deputyFor")),
				nodes(row.get("networks")), row.get("internal").asBoolean(), row.get("external").asBoolean());
		return new ExpertMatch(node(row.get("person")), row.get("score").asDouble(), reasons);
	}

	private static GraphNode node(Value value) {
		return GraphQueries.toGraphNode(value.asNode());
	}

	/** Related nodes in a stable order: by folded name, then id. */
	private static List<GraphNode> nodes(Value value) {
		return value.asList(ExpertiseQueries::node)
			.stream()
			.sorted(Comparator.comparing((GraphNode n) -> (String) n.get(NameFolding.SEARCH_NAME))
				.thenComparing(GraphNode::id))
			.toList();
	}

	/**
	 * The resolved criteria of a search.
	 *
	 * @param anchor where the query starts
	 * @param topic topic id or null
	 * @param language language id or null
	 * @param targetGroup target group id or null
	 * @param department department id or null
	 * @param organisation organisation id or null
	 * @param network network id or null
	 * @param scope the scope
	 */
	record Criteria(Anchor anchor, String topic, String language, String targetGroup, String department,
			String organisation, String network, ExpertScope scope) {
	}

	/**
	 * A page of matches.
	 *
	 * @param total all matches
	 * @param matches the page
	 */
	record Result(int total, List<ExpertMatch> matches) {
	}

}
