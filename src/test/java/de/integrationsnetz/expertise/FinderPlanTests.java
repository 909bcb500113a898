package de.integrationsnetz.expertise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder's Cypher starts from an index and never scans all persons or topics, and it
 * answers coordinator questions on the Herne seed.
 */
class FinderPlanTests extends GraphIntegrationTest {

	@Autowired
	private Driver driver;

	@Autowired
	private Neo4jClient neo4j;

	@ParameterizedTest
	@EnumSource(ExpertiseQueries.Anchor.class)
	void plansNoLabelScanOfPersonOrTopic(ExpertiseQueries.Anchor anchor) {
		Map<String, Object> parameters = new HashMap<>();
		for (String name : List.of("topic", "language", "targetGroup", "department", "organisation", "network")) {
			parameters.put(name, "some-id");
		}
		parameters.put("scope", "ALL");
		parameters.put("today", LocalDate.parse(TODAY));
		parameters.put("offset", 0);
		parameters.put("limit", 20);
		Plan plan;
		try (Session session = this.driver.session()) {
			plan = session.run("EXPLAIN " + ExpertiseQueries.finderCypher(anchor), parameters).consume().plan();
		}
		List<String> operators = new ArrayList<>();
		collect(plan, operators);
		assertThat(operators).as(String.join("\n", operators))
			.noneMatch((operator) -> operator.matches("(?s)(NodeByLabelScan|AllNodesScan).*:(Person|Topic)\\b.*"))
			.noneMatch((operator) -> operator.startsWith("AllNodesScan"))
			.anyMatch((operator) -> operator.startsWith("NodeUniqueIndexSeek") || operator.startsWith("NodeIndexSeek"));
	}

	@Test
	void findsTheSeedsContactPersonForAWorkingGroupTopic() {
		List<String> workingGroupTopics = this.neo4j
			.query("MATCH (:WorkingGroup)-[:ON_TOPIC]->(t:Topic) RETURN DISTINCT t.name ORDER BY t.name")
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
		assertThat(workingGroupTopics).isNotEmpty();
		List<String> found = new ArrayList<>();
		for (String topic : workingGroupTopics) {
			graphQl()
				.document(
						"""
								query ($topic: String) {
								  findExperts(topic: $topic, first: 100) { edges { node { person { name } reasons { contactPersonFor { name } } } } }
								}
								""")
				.variable("topic", topic)
				.execute()
				.errors()
				.verify()
				.path("findExperts.edges[*].node")
				.entityList(Map.class)
				.satisfies((matches) -> matches.stream()
					.filter((
							match) -> !((List<?>) ((Map<?, ?>) match.get("reasons")).get("contactPersonFor")).isEmpty())
					.forEach((match) -> found.add(topic + ": " + ((Map<?, ?>) match.get("person")).get("name"))));
		}
		assertThat(found).as("contact persons among the experts on working-group topics").isNotEmpty();
	}

	private static void collect(Plan plan, List<String> operators) {
		Object details = plan.arguments().get("Details");
		operators.add(plan.operatorType() + " " + (details != null ? details : plan.identifiers()));
		plan.children().forEach((child) -> collect(child, operators));
	}

}
