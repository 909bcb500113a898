package de.integrationsnetz.expertise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code findExperts} on a fixture with known answers (ids starting with
 * {@value #PREFIX}): a topic tree three levels deep, a language, a target group, a
 * department, an organisation and a network, and persons whose expected rank is part of
 * their story.
 */
class FindExpertsTests extends GraphIntegrationTest {

	static final String PREFIX = "ex-test-";

	private static final String FIXTURE = """
			CREATE (root:Entity:Topic {id: 'ex-test-root', name: 'Testthema Wurzel'})
			CREATE (child:Entity:Topic {id: 'ex-test-child', name: 'Testthema Kind'})
			CREATE (grandchild:Entity:Topic {id: 'ex-test-grandchild', name: 'Testthema Enkel'})
			CREATE (other:Entity:Topic {id: 'ex-test-other', name: 'Testthema Anderes'})
			CREATE (child)-[:BROADER]->(root), (grandchild)-[:BROADER]->(child)
			CREATE (lang:Entity:Language {id: 'ex-test-lang', name: 'Testisch', nameEn: 'Testish', code: 'zz', needed: false})
			CREATE (group:Entity:TargetGroup {id: 'ex-test-group', name: 'Testgruppe'})
			CREATE (dept:Entity:Department {id: 'ex-test-dept', name: 'Testamt', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (org:Entity:Organisation {id: 'ex-test-org', name: 'Testverein', kind: 'ASSOCIATION'})
			CREATE (net:Entity:Network {id: 'ex-test-net', name: 'Testnetz', kind: 'EXTERNAL'})
			// Carl: external, EXPERT on the asked topic: 130
			CREATE (carl:Entity:Person {id: 'ex-test-carl', name: 'Carl Test'})
			CREATE (carl)-[:WORKS_FOR]->(org), (carl)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(root), (carl)-[:MEMBER_OF]->(net)
			// Zora, Dora, Bert: internal, BASIC on the asked topic: 110 each; contact person, deputy, neither
			CREATE (zora:Entity:Person {id: 'ex-test-zora', name: 'Zora Test'})
			CREATE (zora)-[:WORKS_IN]->(dept), (zora)-[:HAS_EXPERTISE {level: 'BASIC'}]->(root),
			  (zora)-[:CONTACT_PERSON_FOR]->(dept), (zora)-[:SPEAKS]->(lang), (zora)-[:MEMBER_OF]->(net)
			CREATE (dora:Entity:Person {id: 'ex-test-dora', name: 'Dora Test'})
			CREATE (dora)-[:WORKS_IN]->(dept), (dora)-[:HAS_EXPERTISE {level: 'BASIC'}]->(root), (dora)-[:DEPUTY_FOR]->(dept)
			CREATE (bert:Entity:Person {id: 'ex-test-bert', name: 'Bert Test'})
			CREATE (bert)-[:WORKS_IN]->(dept), (bert)-[:HAS_EXPERTISE {level: 'BASIC', since: date('2020-01-01')}]->(root)
			// Finn: internal and external, ADVANCED on the narrower topic: 60
			CREATE (finn:Entity:Person {id: 'ex-test-finn', name: 'Finn Test'})
			CREATE (finn)-[:WORKS_IN]->(dept), (finn)-[:WORKS_FOR]->(org), (finn)-[:HAS_EXPERTISE {level: 'ADVANCED'}]->(child),
			  (finn)-[:SPEAKS]->(lang), (finn)-[:WORKS_WITH]->(group)
			// Emil: internal, EXPERT two levels down: 32.5
			CREATE (emil:Entity:Person {id: 'ex-test-emil', name: 'Emil Test'})
			CREATE (emil)-[:WORKS_IN]->(dept), (emil)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(grandchild)
			// Gina: her expertise has ended; Hans knows another topic; Ida's expertise starts next year
			CREATE (gina:Entity:Person {id: 'ex-test-gina', name: 'Gina Test'})
			CREATE (gina)-[:WORKS_IN]->(dept), (gina)-[:HAS_EXPERTISE {level: 'EXPERT', until: date('2020-12-31')}]->(root)
			CREATE (hans:Entity:Person {id: 'ex-test-hans', name: 'Hans Test'})
			CREATE (hans)-[:WORKS_IN]->(dept), (hans)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(other)
			CREATE (ida:Entity:Person {id: 'ex-test-ida', name: 'Ida Test'})
			CREATE (ida)-[:WORKS_IN]->(dept), (ida)-[:HAS_EXPERTISE {level: 'EXPERT', since: date('2027-01-01')}]->(root)
			// Jana is archived
			CREATE (jana:Entity:Person {id: 'ex-test-jana', name: 'Jana Test', archived: true})
			CREATE (jana)-[:WORKS_IN]->(dept), (jana)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(root)
			WITH 1 AS done
			MATCH (n:Entity) WHERE n.id STARTS WITH 'ex-test-'
			SET n.searchName = toLower(n.name), n.searchNameBare = toLower(n.name)
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
	void ranksDirectOverNarrowerHigherLevelFirstAndContactPersonsFirstWithinEqualScore() {
		List<Map<String, Object>> matches = matches("topic: \"ex-test-root\"");
		assertThat(matches).extracting((m) -> personId(m))
			.containsExactly("ex-test-carl", "ex-test-zora", "ex-test-dora", "ex-test-bert", "ex-test-finn",
					"ex-test-emil");
		assertThat(matches).extracting((m) -> ((Number) m.get("score")).doubleValue())
			.containsExactly(130.0, 110.0, 110.0, 110.0, 60.0, 32.5);
	}

	@Test
	void findsExpertsOnNarrowerTopicsAtDepthTwoWithThePath() {
		Map<String, Object> emil = matches("topic: \"Testthema Wurzel\"").stream()
			.filter((m) -> personId(m).equals("ex-test-emil"))
			.findFirst()
			.orElseThrow();
		Map<String, Object> topic = topics(emil).get(0);
		assertThat(topic).containsEntry("level", "EXPERT").containsEntry("depth", 2);
		assertThat(ids(topic.get("path"))).containsExactly("ex-test-root", "ex-test-child", "ex-test-grandchild");
		assertThat(matches("topic: \"ex-test-child\"")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-finn", "ex-test-emil");
	}

	@Test
	void ignoresExpertiseThatHasEndedOrNotYetBegunAndArchivedPersons() {
		assertThat(matches("topic: \"ex-test-root\"")).extracting(FindExpertsTests::personId)
			.doesNotContain("ex-test-gina", "ex-test-ida", "ex-test-hans", "ex-test-jana");
	}

	@ParameterizedTest
	@ValueSource(strings = { "zz", "ZZ", "Testisch", "testisch", "Testish", "ex-test-lang" })
	void findsTheLanguageByCodeGermanNameEnglishNameOrId(String language) {
		assertThat(matches("topic: \"ex-test-root\", language: \"" + language + "\""))
			.extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-zora", "ex-test-finn");
	}

	@Test
	void restrictsToEachScope() {
		assertThat(matches("topic: \"ex-test-root\", scope: INTERNAL")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-zora", "ex-test-dora", "ex-test-bert", "ex-test-finn", "ex-test-emil");
		assertThat(matches("topic: \"ex-test-root\", scope: EXTERNAL")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-carl", "ex-test-finn");
		assertThat(matches("topic: \"ex-test-root\", scope: ALL")).hasSize(6);
	}

	@Test
	void combinesFilters() {
		assertThat(matches("topic: \"ex-test-root\", targetGroup: \"Testgruppe\""))
			.extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-finn");
		assertThat(matches("topic: \"ex-test-root\", network: \"ex-test-net\"")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-carl", "ex-test-zora");
		assertThat(matches("topic: \"ex-test-root\", organisation: \"ex-test-org\", scope: INTERNAL"))
			.extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-finn");
		assertThat(matches(
				"topic: \"ex-test-root\", department: \"ex-test-dept\", language: \"zz\", network: \"ex-test-net\""))
			.extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-zora");
	}

	@Test
	void searchesWithoutATopicFromAnyOtherCriterion() {
		assertThat(matches("language: \"Testish\"")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-zora", "ex-test-finn");
		assertThat(matches("network: \"ex-test-net\"")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-zora", "ex-test-carl");
		assertThat(matches("organisation: \"ex-test-org\"")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-carl", "ex-test-finn");
		assertThat(matches("targetGroup: \"ex-test-group\"")).extracting(FindExpertsTests::personId)
			.containsExactly("ex-test-finn");
		assertThat(matches("department: \"ex-test-dept\"")).hasSize(8)
			.extracting((m) -> ((Number) m.get("score")).doubleValue())
			.containsOnly(0.0);
	}

	@Test
	void explainsEachMatch() {
		Map<String, Object> zora = matches("topic: \"ex-test-root\"").get(1);
		Map<String, Object> reasons = reasons(zora);
		assertThat(topics(zora)).singleElement().satisfies((topic) -> {
			assertThat(topic).containsEntry("level", "BASIC").containsEntry("depth", 0);
			assertThat(ids(topic.get("path"))).containsExactly("ex-test-root");
		});
		assertThat(ids(reasons.get("languages"))).containsExactly("ex-test-lang");
		assertThat(ids(reasons.get("contactPersonFor"))).containsExactly("ex-test-dept");
		assertThat(ids(reasons.get("deputyFor"))).isEmpty();
		assertThat(ids(reasons.get("networks"))).containsExactly("ex-test-net");
		assertThat(reasons).containsEntry("internal", true).containsEntry("external", false);
		Map<String, Object> finn = matches("topic: \"ex-test-root\"").get(4);
		assertThat(ids(reasons(finn).get("targetGroups"))).containsExactly("ex-test-group");
		assertThat(reasons(finn)).containsEntry("internal", true).containsEntry("external", true);
	}

	@Test
	void pagesThroughAllMatchesWithCursors() {
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			Map<String, Object> page = page(
					"topic: \"ex-test-root\", first: 4" + ((after != null) ? ", after: \"" + after + "\"" : ""));
			assertThat(page.get("totalCount")).isEqualTo(6);
			for (Map<String, Object> edge : list(page.get("edges"))) {
				paged.add(personId(map(edge.get("node"))));
			}
			Map<String, Object> pageInfo = map(page.get("pageInfo"));
			hasNext = (Boolean) pageInfo.get("hasNextPage");
			after = (String) pageInfo.get("endCursor");
		}
		assertThat(paged).containsExactly("ex-test-carl", "ex-test-zora", "ex-test-dora", "ex-test-bert",
				"ex-test-finn", "ex-test-emil");
	}

	@Test
	void refusesAnUnknownTopicWithItsCodeTheValueAndSuggestions() {
		graphQl().document("{ findExperts(topic: \"Testthema Wurzl\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_TOPIC")
						.containsEntry("value", "Testthema Wurzl");
					assertThat(error.getMessage()).contains("Testthema Wurzl");
					assertThat((List<?>) error.getExtensions().get("suggestions")).first()
						.isEqualTo("Testthema Wurzel");
				});
			});
	}

	@Test
	@SuppressWarnings("unchecked")
	void suggestsSeedTopicsFromTheFullTextSearchForAMisspelledTopic() {
		graphQl().document("{ findExperts(topic: \"Behordentranparenz\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_TOPIC");
				assertThat((List<Object>) error.getExtensions().get("suggestions")).contains("Behördentransparenz");
			}));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "language: \"Klingonisch\"|UNKNOWN_LANGUAGE", "targetGroup: \"Marsianer\"|UNKNOWN_TARGET_GROUP",
					"department: \"kein-amt\"|UNKNOWN_DEPARTMENT", "organisation: \"kein-verein\"|UNKNOWN_ORGANISATION",
					"network: \"kein-netz\"|UNKNOWN_NETWORK", "scope: INTERNAL|NO_CRITERIA",
					"topic: \"  \"|UNKNOWN_TOPIC", "topic: \"ex-test-root\", first: 500|BAD_USER_INPUT" })
	void refusesBadInputWithAStableCode(String argumentsAndCode) {
		String[] parts = argumentsAndCode.split("\\|");
		graphQl().document("{ findExperts(" + parts[0] + ") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", parts[1])));
	}

	private List<Map<String, Object>> matches(String arguments) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Map<String, Object> edge : list(page(arguments + ", first: 100").get("edges"))) {
			result.add(map(edge.get("node")));
		}
		return result;
	}

	private Map<String, Object> page(String arguments) {
		String document = "{ findExperts(" + arguments + ") { totalCount pageInfo { hasNextPage endCursor } "
				+ "edges { cursor node { score person { id name } reasons { "
				+ "topics { topic { id } level depth path { id } } languages { id } targetGroups { id } "
				+ "contactPersonFor { id } deputyFor { id } networks { id } internal external } } } } }";
		GraphQlTester.Response response = graphQl().document(document).execute();
		response.errors().verify();
		return map(response.path("findExperts").entity(Map.class).get());
	}

	private static String personId(Map<String, Object> match) {
		return (String) map(match.get("person")).get("id");
	}

	private static Map<String, Object> reasons(Map<String, Object> match) {
		return map(match.get("reasons"));
	}

	private static List<Map<String, Object>> topics(Map<String, Object> match) {
		return list(reasons(match).get("topics"));
	}

	private static List<String> ids(Object nodes) {
		return list(nodes).stream().map((node) -> (String) node.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
