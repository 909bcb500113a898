package de.integrationsnetz.reach;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static de.integrationsnetz.reach.Fixture.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pathToPerson} on a fixture graph with known answers, beside the Herne seed, and
 * once on the seed itself. Today is {@value #TODAY}.
 */
class PathToPersonTests extends GraphIntegrationTest {

	private static final LocalDate TODAY_DATE = LocalDate.parse(TODAY);

	private static final String DOCUMENT = """
			query Path($from: ID!, $to: ID!, $maxHops: Int) {
			  pathToPerson(from: $from, to: $to, maxHops: $maxHops) {
			    hops
			    steps {
			      node { id }
			      tie
			      direction
			      label
			      properties { type role since until }
			    }
			  }
			}
			""";

	@Autowired
	private Neo4jClient neo4j;

	@BeforeEach
	void createFixture() {
		new Fixture()
			// a: two persons in one network
			.node("Person", "a-anna", "Anna Reach")
			.node("Person", "a-ben", "Ben Reach")
			.node("Network", "a-net", "Reach Netz A", "kind", "EXTERNAL")
			.tie("a-anna", "MEMBER_OF", "a-net", null, null, "Delegierte")
			.tie("a-ben", "MEMBER_OF", "a-net", null, null, "Mitglied")
			// b: two persons sharing a network and a working group
			.node("Person", "b-bea", "Bea Reach")
			.node("Person", "b-bob", "Bob Reach")
			.node("Network", "b-net-1", "Reach Netz B1", "kind", "EXTERNAL")
			.node("WorkingGroup", "b-wg-2", "Reach AG B2", "status", "OPEN")
			.tie("b-bea", "MEMBER_OF", "b-net-1")
			.tie("b-bob", "MEMBER_OF", "b-net-1")
			.tie("b-bea", "MEMBER_OF", "b-wg-2")
			.tie("b-bob", "MEMBER_OF", "b-wg-2")
			// c: two persons sharing four networks
			.node("Person", "c-cleo", "Cleo Reach")
			.node("Person", "c-carl", "Carl Reach")
			.node("Network", "c-net-1", "Reach Netz C1", "kind", "EXTERNAL")
			.node("Network", "c-net-2", "Reach Netz C2", "kind", "EXTERNAL")
			.node("Network", "c-net-3", "Reach Netz C3", "kind", "EXTERNAL")
			.node("Network", "c-net-4", "Reach Netz C4", "kind", "EXTERNAL")
			.tie("c-cleo", "MEMBER_OF", "c-net-4")
			.tie("c-carl", "MEMBER_OF", "c-net-4")
			.tie("c-cleo", "MEMBER_OF", "c-net-3")
			.tie("c-carl", "MEMBER_OF", "c-net-3")
			.tie("c-cleo", "MEMBER_OF", "c-net-2")
			.tie("c-carl", "MEMBER_OF", "c-net-2")
			.tie("c-cleo", "MEMBER_OF", "c-net-1")
			.tie("c-carl", "MEMBER_OF", "c-net-1")
			// d: a short way (2 hops) and a long way (4 hops, through an organisation)
			.node("Person", "d-dana", "Dana Reach")
			.node("Person", "d-dirk", "Dirk Reach")
			.node("Person", "d-mia", "Mia Reach")
			.node("Network", "d-net-long", "Reach Netz D lang", "kind", "EXTERNAL")
			.node("Network", "d-net-short", "Reach Netz D kurz", "kind", "EXTERNAL")
			.node("Organisation", "d-org", "Reach Träger D", "kind", "ASSOCIATION")
			.tie("d-dana", "MEMBER_OF", "d-net-short")
			.tie("d-dirk", "MEMBER_OF", "d-net-short")
			.tie("d-dana", "MEMBER_OF", "d-net-long")
			.tie("d-mia", "MEMBER_OF", "d-net-long")
			.tie("d-mia", "WORKS_FOR", "d-org")
			.tie("d-dirk", "WORKS_FOR", "d-org")
			// e: the 2-hop ways have ended or not begun; the current way takes 4 hops
			.node("Person", "e-emma", "Emma Reach")
			.node("Person", "e-erik", "Erik Reach")
			.node("Person", "e-mid", "Mira Reach")
			.node("Network", "e-net-old", "Reach Netz E alt", "kind", "EXTERNAL")
			.node("Network", "e-net-future", "Reach Netz E künftig", "kind", "EXTERNAL")
			.node("Network", "e-net-2", "Reach Netz E2", "kind", "EXTERNAL")
			.node("Department", "e-dep", "Reach Fachbereich E", "kind", "DEPARTMENT", "integrationRelevant", true)
			.tie("e-emma", "MEMBER_OF", "e-net-old", LocalDate.parse("2019-01-01"), LocalDate.parse("2020-12-31"), null)
			.tie("e-erik", "MEMBER_OF", "e-net-old")
			.tie("e-emma", "MEMBER_OF", "e-net-future", TODAY_DATE.plusDays(1), null, null)
			.tie("e-erik", "MEMBER_OF", "e-net-future")
			.tie("e-emma", "WORKS_IN", "e-dep")
			.tie("e-mid", "WORKS_IN", "e-dep")
			.tie("e-mid", "MEMBER_OF", "e-net-2")
			.tie("e-erik", "MEMBER_OF", "e-net-2")
			// f: a department in a network whose working group has the person
			.node("Department", "f-dep", "Reach Fachbereich F", "kind", "DEPARTMENT", "integrationRelevant", true)
			.node("Network", "f-net", "Reach Netz F", "kind", "INTERNAL")
			.node("WorkingGroup", "f-wg", "Reach AG F", "status", "OPEN")
			.node("Person", "f-finn", "Finn Reach")
			.tie("f-dep", "MEMBER_OF", "f-net")
			.tie("f-wg", "PART_OF", "f-net")
			.tie("f-finn", "MEMBER_OF", "f-wg")
			.node("Topic", "topic", "Reach Thema")
			.create(this.neo4j);
	}

	@AfterEach
	void deleteFixture() {
		Fixture.deleteAll(this.neo4j);
	}

	@Test
	void findsATwoHopPathThroughASharedNetwork() {
		List<Map<String, Object>> paths = paths("a-anna", "a-ben", null);
		assertThat(paths).hasSize(1);
		Map<String, Object> path = paths.get(0);
		assertThat(path.get("hops")).isEqualTo(2);
		assertThat(nodeIds(path)).containsExactly(id("a-anna"), id("a-net"), id("a-ben"));
		List<Map<String, Object>> steps = steps(path);
		assertThat(steps.get(0)).containsEntry("tie", null)
			.containsEntry("direction", null)
			.containsEntry("label", null)
			.containsEntry("properties", null);
		assertThat(steps.get(1)).containsEntry("tie", "MEMBER_OF")
			.containsEntry("direction", "FORWARD")
			.containsEntry("label", "member of");
		assertThat(properties(steps.get(1))).containsEntry("type", "MEMBER_OF").containsEntry("role", "Delegierte");
		assertThat(steps.get(2)).containsEntry("tie", "MEMBER_OF")
			.containsEntry("direction", "BACKWARD")
			.containsEntry("label", "has member");
		assertThat(properties(steps.get(2))).containsEntry("role", "Mitglied");
	}

	@Test
	void returnsEquallyShortPathsInTheOrderOfTheirNodeIds() {
		List<Map<String, Object>> paths = paths("b-bea", "b-bob", null);
		assertThat(paths).extracting(PathToPersonTests::nodeIds)
			.containsExactly(List.of(id("b-bea"), id("b-net-1"), id("b-bob")),
					List.of(id("b-bea"), id("b-wg-2"), id("b-bob")));
		assertThat(paths).allSatisfy((path) -> assertThat(path.get("hops")).isEqualTo(2));
	}

	@Test
	void returnsAtMostThreeOfManyEquallyShortPaths() {
		List<Map<String, Object>> paths = paths("c-cleo", "c-carl", 6);
		assertThat(paths).extracting(PathToPersonTests::nodeIds)
			.containsExactly(List.of(id("c-cleo"), id("c-net-1"), id("c-carl")),
					List.of(id("c-cleo"), id("c-net-2"), id("c-carl")),
					List.of(id("c-cleo"), id("c-net-3"), id("c-carl")));
		assertThat(paths("c-cleo", "c-carl", 6)).as("the same answer every time").isEqualTo(paths);
	}

	@Test
	void prefersTheShorterPathOverALongerOne() {
		List<Map<String, Object>> paths = paths("d-dana", "d-dirk", 6);
		assertThat(paths).extracting(PathToPersonTests::nodeIds)
			.containsExactly(List.of(id("d-dana"), id("d-net-short"), id("d-dirk")));
	}

	@Test
	void passesThroughNoArchivedEntity() {
		this.neo4j.query("MATCH (n:Entity {id: $id}) SET n.archived = true").bind(id("d-net-short")).to("id").run();
		assertThat(paths("d-dana", "d-dirk", 6)).extracting(PathToPersonTests::nodeIds)
			.containsExactly(List.of(id("d-dana"), id("d-net-long"), id("d-mia"), id("d-org"), id("d-dirk")));
	}

	@Test
	void goesTheLongWayWhenTheShortTiesHaveEndedOrNotBegun() {
		List<Map<String, Object>> paths = paths("e-emma", "e-erik", null);
		assertThat(paths).hasSize(1);
		assertThat(paths.get(0).get("hops")).isEqualTo(4);
		assertThat(nodeIds(paths.get(0))).containsExactly(id("e-emma"), id("e-dep"), id("e-mid"), id("e-net-2"),
				id("e-erik"));
		assertThat(steps(paths.get(0))).extracting((step) -> step.get("tie"))
			.containsExactly(null, "WORKS_IN", "WORKS_IN", "MEMBER_OF", "MEMBER_OF");
		assertThat(steps(paths.get(0))).extracting((step) -> step.get("label"))
			.containsExactly(null, "works in", "has staff member", "member of", "has member");
	}

	@Test
	void findsNoPathLongerThanMaxHops() {
		GraphQlTester.Response response = run("e-emma", "e-erik", 3);
		response.errors().verify();
		assertThat(paths(response)).isEmpty();
	}

	@Test
	void startsFromADepartmentAndWalksUpAndDownPartOf() {
		List<Map<String, Object>> paths = paths("f-dep", "f-finn", null);
		assertThat(paths).hasSize(1);
		assertThat(nodeIds(paths.get(0))).containsExactly(id("f-dep"), id("f-net"), id("f-wg"), id("f-finn"));
		assertThat(steps(paths.get(0))).extracting((step) -> step.get("tie") + " " + step.get("direction"))
			.containsExactly("null null", "MEMBER_OF FORWARD", "PART_OF BACKWARD", "MEMBER_OF BACKWARD");
		assertThat(steps(paths.get(0)).get(2)).containsEntry("label", "includes");
	}

	@Test
	void answersAPersonAskingForThemselvesWithOnePathOfZeroHops() {
		List<Map<String, Object>> paths = paths("a-anna", "a-anna", null);
		assertThat(paths).hasSize(1);
		assertThat(paths.get(0).get("hops")).isEqualTo(0);
		assertThat(nodeIds(paths.get(0))).containsExactly(id("a-anna"));
		assertThat(steps(paths.get(0)).get(0)).containsEntry("tie", null);
	}

	@ParameterizedTest
	@ValueSource(ints = { 7, 0, -1 })
	void refusesMaxHopsOutsideOneToSix(int maxHops) {
		run("a-anna", "a-ben", maxHops).errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "maxHops");
			assertThat(errors.get(0).getMessage()).contains("between 1 and 6").contains(String.valueOf(maxHops));
		});
	}

	@Test
	void answersAnUnknownStartWithAnEmptyListAndNotFound() {
		GraphQlTester.Response response = graphQl().document(DOCUMENT)
			.variable("from", "reach-test-gibt-es-nicht")
			.variable("to", id("a-ben"))
			.execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
			assertThat(errors.get(0).getMessage()).contains("reach-test-gibt-es-nicht");
			assertThat(errors.get(0).getPath()).isEqualTo("pathToPerson");
		});
		assertThat(paths(response)).isEmpty();
	}

	@Test
	void answersAnUnknownPersonToReachWithAnEmptyListAndNotFound() {
		GraphQlTester.Response response = graphQl().document(DOCUMENT)
			.variable("from", id("a-anna"))
			.variable("to", "reach-test-niemand")
			.execute();
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
			assertThat(errors.get(0).getMessage()).contains("reach-test-niemand");
		});
		assertThat(paths(response)).isEmpty();
	}

	@Test
	void refusesADepartmentAsThePersonToReach() {
		run("a-anna", "f-dep", null).errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "to");
			assertThat(errors.get(0).getMessage()).contains(id("f-dep")).contains("person");
		});
	}

	@Test
	void refusesATopicAsTheStart() {
		run("topic", "a-ben", null).errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "from");
		});
	}

	@Test
	void findsThePathsBetweenTwoSeedPersonsThroughTheirSharedNetworks() {
		// Sam Exempel (Ausländerbehörde, internal network) and René Vorschau (Caritas)
		// are
		// both members of the external network and of the cross-provider network
		GraphQlTester.Response response = graphQl().document(DOCUMENT)
			.variable("from", "sam-exempel")
			.variable("to", "rene-vorschau")
			.execute();
		response.errors().verify();
		assertThat(paths(response)).extracting(PathToPersonTests::nodeIds)
			.containsExactly(List.of("sam-exempel", "externes-netzwerk-integration", "rene-vorschau"),
					List.of("sam-exempel", "traegeruebergreifendes-netzwerk", "rene-vorschau"));
	}

	private List<Map<String, Object>> paths(String fromKey, String toKey, Integer maxHops) {
		GraphQlTester.Response response = run(fromKey, toKey, maxHops);
		response.errors().verify();
		return paths(response);
	}

	private GraphQlTester.Response run(String fromKey, String toKey, Integer maxHops) {
		return graphQl().document(DOCUMENT)
			.variable("from", id(fromKey))
			.variable("to", id(toKey))
			.variable("maxHops", maxHops)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> paths(GraphQlTester.Response response) {
		Map<String, Object> data = response.returnResponse().getData();
		return (List<Map<String, Object>>) data.get("pathToPerson");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> steps(Map<String, Object> path) {
		return (List<Map<String, Object>>) path.get("steps");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> step) {
		return (Map<String, Object>) step.get("properties");
	}

	@SuppressWarnings("unchecked")
	private static List<String> nodeIds(Map<String, Object> path) {
		return steps(path).stream().map((step) -> (String) ((Map<String, Object>) step.get("node")).get("id")).toList();
	}

}
