package de.integrationsnetz.analysis;

import java.util.List;
import java.util.Map;

import de.integrationsnetz.security.Role;
import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Person-level results of the analysis (issue 6, item 3) are for coordinators only:
 * betweenness, articulation points and bridges of persons can read as performance
 * monitoring of staff. STAFF and WIDGET callers get {@code FORBIDDEN} and null for each
 * person-level field, while the department- and organisation-level fields, the default
 * view, answer them exactly as they answer a coordinator, also beside refused
 * person-level fields in the same query (which is why those are nullable). Runs on a
 * fixture network (ids starting with {@value #PREFIX}) where every field has something to
 * show: the path O – Bert – n – Peter – x, with the working group w of n. Bert (member of
 * n, works for O) and Peter (member of the internal n and the external x, so the
 * internal/external cut) are person articulation points; n is the institution one, and n
 * – w the institution bridge.
 */
class AnalysisAccessTests extends GraphIntegrationTest {

	static final String PREFIX = "analysis-access-";

	private static final String FIXTURE = """
			CREATE (n:Entity:Network {id: 'analysis-access-n', name: 'AA Netz Innen', kind: 'INTERNAL'})
			CREATE (x:Entity:Network {id: 'analysis-access-x', name: 'AA Netz Außen', kind: 'EXTERNAL'})
			CREATE (w:Entity:WorkingGroup {id: 'analysis-access-w', name: 'AA AG', status: 'OPEN'})-[:PART_OF]->(n)
			CREATE (o:Entity:Organisation {id: 'analysis-access-o', name: 'AA Verein', kind: 'ASSOCIATION'})
			CREATE (bert:Entity:Person {id: 'analysis-access-bert', name: 'AA Bert'})-[:MEMBER_OF]->(n), (bert)-[:WORKS_FOR]->(o)
			CREATE (peter:Entity:Person {id: 'analysis-access-peter', name: 'AA Peter'})-[:MEMBER_OF]->(n), (peter)-[:MEMBER_OF]->(x)
			""";

	/** Each person-level field, with the path of its value in the response. */
	private static final Map<String, String> PERSON_LEVEL = Map.of("personArticulationPoints { id }",
			"analysis.personArticulationPoints", "personBridges { from { id } to { id } }", "analysis.personBridges",
			"personCentrality { node { id } }", "analysis.personCentrality", "internalExternalCut { persons { id } }",
			"analysis.internalExternalCut.persons", "components { personMembers { id } }",
			"analysis.components[0].personMembers");

	/** The institution-level fields, the default view. */
	private static final String INSTITUTION_LEVEL = """
			articulationPoints { id } bridges { from { id } to { id } kinds }
			centrality { node { id } betweenness }
			internalExternalCut { separable size institutions { id } }
			components { size isolated members { id } personCount }
			communities { rows { index size personCount members { id } } columns { id } cells }
			""";

	@BeforeEach
	void createFixture() {
		replaceFixture(PREFIX, FIXTURE);
	}

	@AfterEach
	void removeFixture() {
		replaceFixture(PREFIX, null);
	}

	@Test
	void answersPersonLevelFieldsForCoordinators() {
		GraphQlTester.Response response = analyse(String.join(" ", PERSON_LEVEL.keySet()));
		response.errors().verify();
		response.path("analysis.personArticulationPoints[*].id")
			.entityList(String.class)
			.containsExactly(PREFIX + "bert", PREFIX + "peter");
		response.path("analysis.personBridges").entityList(Object.class).hasSize(4);
		response.path("analysis.personCentrality[*].node.id")
			.entityList(String.class)
			.containsExactly(PREFIX + "bert", PREFIX + "peter");
		response.path("analysis.internalExternalCut.persons[*].id")
			.entityList(String.class)
			.containsExactly(PREFIX + "peter");
		response.path("analysis.components[0].personMembers[*].id")
			.entityList(String.class)
			.containsExactly(PREFIX + "bert", PREFIX + "peter");
	}

	@ParameterizedTest
	@EnumSource(names = { "STAFF", "WIDGET" })
	void refusesEachPersonLevelFieldToStaffAndWidgets(Role role) {
		signInAs(role);
		PERSON_LEVEL.forEach((selection, path) -> {
			GraphQlTester.Response response = analyse(selection);
			response.errors()
				.satisfy((errors) -> assertThat(errors).as(selection).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
					assertThat(pathOf(error)).isEqualTo(path);
				}));
			response.path(path).valueIsNull();
		});
	}

	@ParameterizedTest
	@EnumSource(names = { "STAFF", "WIDGET" })
	void answersInstitutionLevelFieldsForStaffAndWidgetsAsForCoordinators(Role role) {
		Map<String, Object> coordinator = institutionLevel(analyse(INSTITUTION_LEVEL));
		assertThat(coordinator.get("articulationPoints")).isEqualTo(List.of(Map.of("id", PREFIX + "n")));
		assertThat(coordinator.get("bridges")).isEqualTo(List.of(Map.of("from", Map.of("id", PREFIX + "n"), "to",
				Map.of("id", PREFIX + "w"), "kinds", List.of("WORKING_GROUP"))));
		signInAs(role);
		assertThat(institutionLevel(analyse(INSTITUTION_LEVEL))).isEqualTo(coordinator);
	}

	@ParameterizedTest
	@EnumSource(names = { "STAFF", "WIDGET" })
	void answersTheInstitutionLevelBesideTheRefusedPersonLevelInOneQuery(Role role) {
		Map<String, Object> coordinator = institutionLevel(analyse(INSTITUTION_LEVEL));
		signInAs(role);
		GraphQlTester.Response response = analyse(INSTITUTION_LEVEL + String.join(" ", PERSON_LEVEL.keySet()));
		response.errors().satisfy((errors) -> {
			assertThat(errors)
				.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN"));
			assertThat(errors.stream().map(AnalysisAccessTests::pathOf))
				.containsExactlyInAnyOrderElementsOf(PERSON_LEVEL.values());
		});
		PERSON_LEVEL.values().forEach((path) -> response.path(path).valueIsNull());
		Map<String, Object> answer = institutionLevel(response);
		assertThat(answer).containsAllEntriesOf(Map.of("articulationPoints", coordinator.get("articulationPoints"),
				"bridges", coordinator.get("bridges"), "centrality", coordinator.get("centrality"), "communities",
				coordinator.get("communities")));
	}

	private static Map<String, Object> institutionLevel(GraphQlTester.Response response) {
		return response.path("analysis").entity(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
	}

	private GraphQlTester.Response analyse(String selection) {
		return graphQl()
			.document("query($network: ID) { analysis(scope: NETWORK, network: $network) { %s } }".formatted(selection))
			.variable("network", PREFIX + "n")
			.execute();
	}

	private static String pathOf(ResponseError error) {
		StringBuilder path = new StringBuilder();
		for (Object segment : error.getParsedPath()) {
			path.append((segment instanceof Integer index) ? "[" + index + "]" : (path.isEmpty() ? "" : ".") + segment);
		}
		return path.toString();
	}

}
