package de.integrationsnetz.gaps;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gaps} on a fixture with hand-computed answers (ids starting with
 * {@value #PREFIX}), "today" being 2026-11-26. The Herne seed shares the graph, so the
 * assertions look at the fixture's items only; one test checks the seed itself.
 */
class GapsTests extends GraphIntegrationTest {

	static final String PREFIX = "gaps-test-";

	private static final String FIXTURE = """
			// Departments: A relevant without contact person; B contact person, no deputy (the archived
			// Jana does not count); C complete; D not relevant; E archived
			CREATE (a:Entity:Department {id: 'gaps-test-dept-a', name: 'GT Amt A', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (b:Entity:Department {id: 'gaps-test-dept-b', name: 'GT Amt B', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (c:Entity:Department {id: 'gaps-test-dept-c', name: 'GT Amt C', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d:Entity:Department {id: 'gaps-test-dept-d', name: 'GT Amt D', kind: 'DEPARTMENT', integrationRelevant: false})
			CREATE (e:Entity:Department {id: 'gaps-test-dept-e', name: 'GT Amt E', kind: 'DEPARTMENT', integrationRelevant: true, archived: true})
			CREATE (org1:Entity:Organisation {id: 'gaps-test-org1', name: 'GT Verein Eins', kind: 'ASSOCIATION'})
			CREATE (org2:Entity:Organisation {id: 'gaps-test-org2', name: 'GT Verein Zwei', kind: 'ASSOCIATION'})
			CREATE (org3:Entity:Organisation {id: 'gaps-test-org3', name: 'GT Verein Drei', kind: 'ASSOCIATION'})
			CREATE (org4:Entity:Organisation {id: 'gaps-test-org4', name: 'GT Verein Vier', kind: 'ASSOCIATION', archived: true})
			CREATE (anna:Entity:Person {id: 'gaps-test-anna', name: 'GT Anna'})
			CREATE (bodo:Entity:Person {id: 'gaps-test-bodo', name: 'GT Bodo'})
			CREATE (carl:Entity:Person {id: 'gaps-test-carl', name: 'GT Carl'})
			CREATE (dana:Entity:Person {id: 'gaps-test-dana', name: 'GT Dana'})
			CREATE (emil:Entity:Person {id: 'gaps-test-emil', name: 'GT Emil'})
			CREATE (finn:Entity:Person {id: 'gaps-test-finn', name: 'GT Finn'})
			CREATE (gus:Entity:Person {id: 'gaps-test-gus', name: 'GT Gus'})
			CREATE (hana:Entity:Person {id: 'gaps-test-hana', name: 'GT Hana'})
			CREATE (ida:Entity:Person {id: 'gaps-test-ida', name: 'GT Ida'})
			CREATE (jana:Entity:Person {id: 'gaps-test-jana', name: 'GT Jana', archived: true})
			CREATE (old:Entity:Person {id: 'gaps-test-old', name: 'GT Olaf'})
			CREATE (anna)-[:WORKS_IN]->(a), (bodo)-[:WORKS_IN]->(a),
			  (old)-[:WORKS_IN {until: date('2020-12-31')}]->(a), (old)-[:CONTACT_PERSON_FOR {until: date('2020-12-31')}]->(a)
			CREATE (carl)-[:WORKS_IN]->(b), (dana)-[:WORKS_IN]->(b), (carl)-[:CONTACT_PERSON_FOR]->(b), (jana)-[:DEPUTY_FOR]->(b)
			CREATE (emil)-[:WORKS_IN]->(c), (finn)-[:WORKS_IN]->(c), (emil)-[:CONTACT_PERSON_FOR]->(c), (finn)-[:DEPUTY_FOR]->(c)
			CREATE (gus)-[:WORKS_FOR]->(org1), (hana)-[:WORKS_FOR]->(org1)
			// Topics: Wurzel <- Kind Eins <- Enkel, Wurzel <- Kind Zwei; one archived
			CREATE (root:Entity:Topic {id: 'gaps-test-root', name: 'GT Wurzel'})
			CREATE (child1:Entity:Topic {id: 'gaps-test-child1', name: 'GT Kind Eins'})
			CREATE (child2:Entity:Topic {id: 'gaps-test-child2', name: 'GT Kind Zwei'})
			CREATE (grandchild:Entity:Topic {id: 'gaps-test-grandchild', name: 'GT Enkel'})
			CREATE (:Entity:Topic {id: 'gaps-test-topic-archived', name: 'GT Archivthema', archived: true})
			CREATE (child1)-[:BROADER]->(root), (child2)-[:BROADER]->(root), (grandchild)-[:BROADER]->(child1)
			CREATE (carl)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(root), (gus)-[:HAS_EXPERTISE {level: 'BASIC'}]->(root),
			  (anna)-[:HAS_EXPERTISE {level: 'ADVANCED'}]->(child1),
			  (ida)-[:HAS_EXPERTISE {level: 'EXPERT', until: date('2020-12-31')}]->(child2),
			  (hana)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(grandchild), (jana)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(grandchild)
			// Target groups and languages
			CREATE (served:Entity:TargetGroup {id: 'gaps-test-tg-served', name: 'GT Gruppe Bedient'})
			CREATE (byExpert:Entity:TargetGroup {id: 'gaps-test-tg-expert', name: 'GT Gruppe Experte'})
			CREATE (empty:Entity:TargetGroup {id: 'gaps-test-tg-empty', name: 'GT Gruppe Leer'})
			CREATE (x:Entity:Language {id: 'gaps-test-lang-x', name: 'GT Xisch', code: 'qx', needed: true})
			CREATE (y:Entity:Language {id: 'gaps-test-lang-y', name: 'GT Yisch', code: 'qy', needed: true})
			CREATE (z:Entity:Language {id: 'gaps-test-lang-z', name: 'GT Zisch', code: 'qz', needed: false})
			CREATE (dana)-[:WORKS_WITH]->(served), (anna)-[:WORKS_WITH]->(served), (gus)-[:WORKS_WITH]->(byExpert),
			  (bodo)-[:WORKS_WITH {until: date('2020-12-31')}]->(empty)
			CREATE (carl)-[:SPEAKS]->(x), (bodo)-[:SPEAKS]->(y), (dana)-[:SPEAKS]->(y), (jana)-[:SPEAKS]->(y)
			CREATE (offering1:Entity:Offering {id: 'gaps-test-offering1', name: 'GT Angebot Eins', kind: 'INFORMATION'})
			CREATE (offering2:Entity:Offering {id: 'gaps-test-offering2', name: 'GT Angebot Zwei', kind: 'SERVICE'})
			CREATE (offering3:Entity:Offering {id: 'gaps-test-offering3', name: 'GT Angebot Drei', kind: 'SERVICE', archived: true})
			CREATE (offering1)-[:FOR_TARGET_GROUP]->(served), (offering1)-[:FOR_TARGET_GROUP]->(byExpert),
			  (offering1)-[:IN_LANGUAGE]->(x), (offering1)-[:ON_TOPIC]->(root)
			CREATE (offering2)-[:FOR_TARGET_GROUP]->(served), (offering2)-[:IN_LANGUAGE]->(x), (offering2)-[:IN_LANGUAGE]->(y),
			  (offering2)-[:ON_TOPIC]->(child1)
			CREATE (offering3)-[:FOR_TARGET_GROUP]->(empty), (offering3)-[:ON_TOPIC]->(root)
			// Networks, working groups, events
			CREATE (netInt:Entity:Network {id: 'gaps-test-net-int', name: 'GT Netz Intern', kind: 'INTERNAL', meetingCadence: 'REGULAR'})
			CREATE (netExt:Entity:Network {id: 'gaps-test-net-ext', name: 'GT Netz Extern', kind: 'EXTERNAL', meetingCadence: 'ON_DEMAND'})
			CREATE (wgOpen:Entity:WorkingGroup {id: 'gaps-test-wg-open', name: 'GT AG Offen', status: 'OPEN'})
			CREATE (wgClosed:Entity:WorkingGroup {id: 'gaps-test-wg-closed', name: 'GT AG Geschlossen', status: 'CLOSED'})
			CREATE (wgOpen)-[:PART_OF]->(netExt), (wgClosed)-[:PART_OF]->(netExt)
			CREATE (carl)-[:MEMBER_OF]->(netInt), (anna)-[:MEMBER_OF]->(netInt), (gus)-[:MEMBER_OF]->(netExt),
			  (hana)-[:MEMBER_OF]->(netExt), (org1)-[:MEMBER_OF]->(netExt), (org2)-[:MEMBER_OF]->(wgOpen),
			  (org3)-[:MEMBER_OF {until: date('2020-12-31')}]->(netInt), (dana)-[:MEMBER_OF]->(wgOpen), (d)-[:MEMBER_OF]->(netExt)
			CREATE (c)-[:COORDINATES]->(netInt), (org1)-[:COORDINATES]->(wgOpen), (netInt)-[:FOR_TARGET_GROUP]->(empty)
			CREATE (netExt)-[:ON_TOPIC]->(root), (netExt)-[:ON_TOPIC]->(grandchild), (wgOpen)-[:ON_TOPIC]->(child2)
			CREATE (:Entity:Event {id: 'gaps-test-event-recent', name: 'GT Treffen Juni 2026', kind: 'MEETING', date: date('2026-06-01')})-[:HELD_BY]->(netInt)
			CREATE (:Entity:Event {id: 'gaps-test-event-old', name: 'GT Konferenz 2025', kind: 'CONFERENCE', date: date('2025-06-01')})-[:HELD_BY]->(netExt)
			CREATE (:Entity:Event {id: 'gaps-test-event-future', name: 'GT Konferenz 2027', kind: 'CONFERENCE', date: date('2027-01-15')})-[:HELD_BY]->(netExt)
			// Contracts
			CREATE (soon:Entity:Contract {id: 'gaps-test-contract-soon', name: 'GT Vertrag Bald', status: 'ACTIVE',
			  validFrom: date('2025-01-01'), validUntil: date('2026-12-31')})
			CREATE (later:Entity:Contract {id: 'gaps-test-contract-later', name: 'GT Vertrag Später', status: 'ACTIVE',
			  validUntil: date('2027-06-30')})
			CREATE (:Entity:Contract {id: 'gaps-test-contract-today', name: 'GT Vertrag Heute', status: 'ACTIVE',
			  validFrom: date('2025-01-01'), validUntil: date('2026-11-26')})
			CREATE (:Entity:Contract {id: 'gaps-test-contract-past', name: 'GT Vertrag Gestern', status: 'ACTIVE',
			  validFrom: date('2025-01-01'), validUntil: date('2026-11-25')})
			CREATE (draft:Entity:Contract {id: 'gaps-test-contract-draft', name: 'GT Vertrag Entwurf', status: 'DRAFT',
			  validUntil: date('2026-12-01')})
			CREATE (soon)-[:ON_TOPIC]->(root), (later)-[:ON_TOPIC]->(grandchild), (draft)-[:ON_TOPIC]->(child2)
			CREATE (org1)-[:PARTY_TO]->(soon), (b)-[:PARTY_TO]->(soon)
			WITH 1 AS done
			MATCH (n:Entity) WHERE n.id STARTS WITH 'gaps-test-'
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
	void listsRelevantDepartmentsWithoutContactPersonWithTheirStaffAsCandidates() {
		List<Map<String, Object>> gaps = fixtureGaps("departmentsWithoutContactPerson");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-dept-a");
		assertThat(gaps.get(0)).containsEntry("rule", "NO_CONTACT_PERSON");
		assertThat((String) gaps.get(0).get("message")).contains("GT Amt A");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-anna", "gaps-test-bodo");
	}

	@Test
	void listsDepartmentsWithAContactPersonButNoDeputyWithTheOtherStaffAsCandidates() {
		List<Map<String, Object>> gaps = fixtureGaps("departmentsWithoutDeputy");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-dept-b");
		assertThat(gaps.get(0)).containsEntry("rule", "NO_DEPUTY");
		assertThat(ids(gaps.get(0), "related")).containsExactly("gaps-test-carl");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-dana");
	}

	@Test
	void listsTopicsWithoutExpertWithExpertsOnNeighbouringTopicsAsCandidates() {
		List<Map<String, Object>> gaps = fixtureGaps("topicsWithoutExpert");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-child2");
		assertThat(gaps.get(0)).containsEntry("rule", "NO_EXPERT");
		// Wurzel is broader (Carl, Gus), Kind Eins a sibling (Anna)
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-anna", "gaps-test-carl", "gaps-test-gus");
	}

	@Test
	void listsTopicsWithASingleExpertWithBroaderNarrowerAndSiblingExpertsAsCandidates() {
		List<Map<String, Object>> gaps = fixtureGaps("topicsWithSingleExpert");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-grandchild", "gaps-test-child1");
		assertThat(gaps).allSatisfy((gap) -> assertThat(gap).containsEntry("rule", "SINGLE_EXPERT"));
		// Enkel: Hana (the archived Jana does not count); its broader topic Kind Eins has
		// Anna
		assertThat(ids(gaps.get(0), "related")).containsExactly("gaps-test-hana");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-anna");
		// Kind Eins: Anna; broader Wurzel (Carl, Gus), narrower Enkel (Hana), sibling
		// Kind Zwei (none)
		assertThat(ids(gaps.get(1), "related")).containsExactly("gaps-test-anna");
		assertThat(ids(gaps.get(1), "candidates")).containsExactly("gaps-test-carl", "gaps-test-gus", "gaps-test-hana");
	}

	@Test
	void listsTopicsWithExpertsOnlyInsideOrOnlyOutsideWithCandidatesFromTheOtherSide() {
		List<Map<String, Object>> gaps = fixtureGaps("topicsWithOneSidedExperts");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-grandchild", "gaps-test-child1");
		assertThat(gaps.get(0)).containsEntry("rule", "EXPERTS_ONLY_OUTSIDE");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-anna");
		assertThat(gaps.get(1)).containsEntry("rule", "EXPERTS_ONLY_INSIDE");
		assertThat(ids(gaps.get(1), "candidates")).containsExactly("gaps-test-gus", "gaps-test-hana");
	}

	@Test
	void listsTargetGroupsWithNeitherOfferingNorExpertWithTheCoordinatorsOfTheirNetworks() {
		List<Map<String, Object>> gaps = fixtureGaps("targetGroupsUnserved");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-tg-empty");
		assertThat(gaps.get(0)).containsEntry("rule", "TARGET_GROUP_UNSERVED");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-dept-c");
	}

	@Test
	void listsOfferingsPerTargetGroupWithTheMissingNeededLanguages() {
		List<Map<String, Object>> gaps = gaps("offeringsMissingLanguages", "");
		List<Map<String, Object>> offering1 = gaps.stream()
			.filter((gap) -> subjectId(gap).equals("gaps-test-offering1"))
			.toList();
		assertThat(offering1).extracting((gap) -> ids(gap, "related"))
			.containsExactly(List.of("gaps-test-tg-served"), List.of("gaps-test-tg-expert"));
		assertThat(offering1).allSatisfy((gap) -> {
			assertThat(gap).containsEntry("rule", "OFFERING_LACKS_NEEDED_LANGUAGE");
			assertThat(fixtureIds(gap, "languages")).containsExactly("gaps-test-lang-y");
		});
		// Dana works with the served group and speaks Yisch; no one working with the
		// other group does
		assertThat(fixtureIds(offering1.get(0), "candidates")).containsExactly("gaps-test-dana");
		assertThat(fixtureIds(offering1.get(1), "candidates")).isEmpty();
		// Angebot Zwei is in both fixture languages: whatever it lacks is a seed language
		assertThat(gaps).filteredOn((gap) -> subjectId(gap).equals("gaps-test-offering2"))
			.allSatisfy((gap) -> assertThat(fixtureIds(gap, "languages")).isEmpty());
		assertThat(gaps).extracting(GapsTests::subjectId).doesNotContain("gaps-test-offering3");
	}

	@Test
	void listsNeededLanguagesNoCurrentExpertOffersWithTheirSpeakersAsCandidates() {
		List<Map<String, Object>> gaps = fixtureGaps("languagesWithoutExpert");
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-lang-y");
		assertThat(gaps.get(0)).containsEntry("rule", "NEEDED_LANGUAGE_WITHOUT_EXPERT");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-bodo", "gaps-test-dana");
	}

	@Test
	void listsOpenWorkingGroupsAndNetworksWithoutAnEventInTheLastTwelveMonthsByDefault() {
		List<Map<String, Object>> gaps = fixtureGaps("groupsWithoutRecentEvent");
		// the conference in 2027 lies after today and does not count as met
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-wg-open", "gaps-test-net-ext");
		assertThat(gaps).allSatisfy((gap) -> assertThat(gap).containsEntry("rule", "NO_RECENT_EVENT"));
		assertThat(gaps.get(0)).containsEntry("date", null);
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-org1");
		assertThat(gaps.get(1)).containsEntry("date", "2025-06-01");
		assertThat(ids(gaps.get(1), "related")).containsExactly("gaps-test-event-old");
		assertThat((String) gaps.get(1).get("message")).contains("ON_DEMAND").contains("12 months");
	}

	@Test
	void takesTheMonthsThreshold() {
		assertThat(fixtureGaps("groupsWithoutRecentEvent", "(months: 18)")).extracting(GapsTests::subjectId)
			.containsExactly("gaps-test-wg-open");
		assertThat(fixtureGaps("groupsWithoutRecentEvent", "(months: 5)")).extracting(GapsTests::subjectId)
			.containsExactly("gaps-test-wg-open", "gaps-test-net-ext", "gaps-test-net-int");
	}

	@Test
	void listsActiveContractsExpiringWithinNinetyDaysByDefault() {
		List<Map<String, Object>> gaps = fixtureGaps("contractsExpiring");
		assertThat(gaps).extracting(GapsTests::subjectId)
			.containsExactly("gaps-test-contract-soon", "gaps-test-contract-today");
		Map<String, Object> soon = gaps.get(0);
		assertThat(soon).containsEntry("rule", "CONTRACT_EXPIRES").containsEntry("date", "2026-12-31");
		assertThat((String) soon.get("message")).contains("35 days");
		assertThat(ids(soon, "related")).containsExactly("gaps-test-root");
		assertThat(ids(soon, "candidates")).containsExactly("gaps-test-dept-b", "gaps-test-org1");
	}

	@ParameterizedTest
	@CsvSource({ "0, gaps-test-contract-today", "34, gaps-test-contract-today",
			"35, gaps-test-contract-soon gaps-test-contract-today",
			"216, gaps-test-contract-soon gaps-test-contract-today gaps-test-contract-later",
			"3650, gaps-test-contract-soon gaps-test-contract-today gaps-test-contract-later" })
	void takesTheDaysThreshold(int days, String expected) {
		assertThat(fixtureGaps("contractsExpiring", "(days: " + days + ")")).extracting(GapsTests::subjectId)
			.containsExactlyInAnyOrder(expected.split(" "));
	}

	@Test
	void listsTopicsOfTheExternalNetworkWithoutAContractInForce() {
		List<Map<String, Object>> gaps = fixtureGaps("topicsWithoutContract");
		// Wurzel and Enkel have active contracts; the draft on Kind Zwei does not count
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-child2");
		assertThat(gaps.get(0)).containsEntry("rule", "TOPIC_WITHOUT_CONTRACT");
		assertThat(ids(gaps.get(0), "related")).containsExactly("gaps-test-wg-open");
		assertThat(ids(gaps.get(0), "candidates")).containsExactly("gaps-test-org2");
	}

	@Test
	void listsOrganisationsInNoNetwork() {
		List<Map<String, Object>> gaps = fixtureGaps("organisationsWithoutNetwork");
		// Drei's membership has ended; Zwei is only in a working group; Vier is archived
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-org3", "gaps-test-org2");
		assertThat(gaps).allSatisfy((gap) -> {
			assertThat(gap).containsEntry("rule", "ORGANISATION_IN_NO_NETWORK");
			assertThat(fixtureIds(gap, "candidates")).containsExactly("gaps-test-net-ext");
		});
	}

	@Test
	void listsDepartmentsWithNoTieToTheExternalNetwork() {
		List<Map<String, Object>> gaps = fixtureGaps("departmentsWithoutExternalTie");
		// B: Dana is in a working group of the external network; D is a member itself
		assertThat(gaps).extracting(GapsTests::subjectId).containsExactly("gaps-test-dept-a", "gaps-test-dept-c");
		assertThat(gaps).allSatisfy((gap) -> assertThat(gap).containsEntry("rule", "NO_EXTERNAL_TIE"));
		assertThat(ids(gaps.get(0), "candidates")).isEmpty();
		assertThat(ids(gaps.get(1), "candidates")).containsExactly("gaps-test-emil", "gaps-test-finn");
	}

	@Test
	void countsExpertsAndOfferingsPerTopicAndTargetGroup() {
		Map<String, Object> matrix = coverage("topicTargetGroupCoverage(topics: " + FIXTURE_TOPICS + ")");
		assertThat(ids(matrix, "rows")).containsExactly("gaps-test-grandchild", "gaps-test-child1", "gaps-test-child2",
				"gaps-test-root");
		assertThat(fixtureColumns(matrix)).containsExactly(List.of(0, 0, 0), List.of(2, 0, 0), List.of(0, 0, 0),
				List.of(1, 2, 0));
	}

	@Test
	void countsNetworkMembersWithExpertisePerTopicAndNetwork() {
		Map<String, Object> matrix = coverage("topicNetworkCoverage(topics: " + FIXTURE_TOPICS
				+ ", networks: [\"gaps-test-net-int\", \"gaps-test-net-ext\"])");
		assertThat(ids(matrix, "columns")).containsExactly("gaps-test-net-ext", "gaps-test-net-int");
		assertThat(matrix.get("cells")).isEqualTo(List.of(List.of(1, 0), List.of(0, 1), List.of(0, 0), List.of(1, 1)));
	}

	@Test
	void coversEveryTopicAndTargetGroupWithoutFilters() {
		Map<String, Object> matrix = coverage("topicTargetGroupCoverage");
		List<String> rows = ids(matrix, "rows");
		assertThat(rows).contains("gaps-test-root").doesNotContain("gaps-test-topic-archived");
		assertThat((List<?>) matrix.get("cells")).hasSize(rows.size())
			.allSatisfy((row) -> assertThat((List<?>) row).hasSize(ids(matrix, "columns").size()));
	}

	@ParameterizedTest
	@CsvSource({ "'groupsWithoutRecentEvent(months: 0)', months", "'groupsWithoutRecentEvent(months: -1)', months",
			"'groupsWithoutRecentEvent(months: 121)', months", "'contractsExpiring(days: -1)', days",
			"'contractsExpiring(days: 3651)', days" })
	void refusesAbsurdThresholds(String field, String argument) {
		GraphQlTester.Response response = graphQl().document("{ gaps { " + field + " { rule } } }").execute();
		response.errors()
			.expect((error) -> "BAD_THRESHOLD".equals(error.getExtensions().get("code"))
					&& argument.equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void refusesUnknownTopicAndNetworkIds() {
		graphQl()
			.document("{ gaps { topicNetworkCoverage(networks: [\"gaps-test-net-int\", \"no-such-net\"]) { cells } } }")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("no-such-net"))
			.verify();
		graphQl().document("{ gaps { topicTargetGroupCoverage(topics: [\"gaps-test-topic-archived\"]) { cells } } }")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify();
	}

	@Test
	void runsOnlyTheQueriesOfTheFieldsAsked() {
		this.cypherCounter.reset();
		graphQl().document("{ gaps { departmentsWithoutContactPerson { rule } } }").execute().errors().verify();
		assertThat(this.cypherCounter.count()).isEqualTo(1);
	}

	@Test
	void findsTheRelevantDepartmentsOfTheHerneSeedWithoutContactPerson() {
		replaceFixture(PREFIX, null);
		List<String> ids = gaps("departmentsWithoutContactPerson", "").stream().map(GapsTests::subjectId).toList();
		// FB Kultur's contact person left on 2025-06-30
		assertThat(ids).containsExactlyInAnyOrder("fb-gesundheit", "fb-kultur", "fb-service-und-it", "fb-stadtplanung");
	}

	private static final String FIXTURE_TOPICS = "[\"gaps-test-root\", \"gaps-test-child1\", \"gaps-test-child2\", \"gaps-test-grandchild\"]";

	private static final Set<String> FIXTURE_GROUPS = Set.of("gaps-test-tg-served", "gaps-test-tg-expert",
			"gaps-test-tg-empty");

	private List<Map<String, Object>> fixtureGaps(String field) {
		return fixtureGaps(field, "");
	}

	private List<Map<String, Object>> fixtureGaps(String field, String arguments) {
		return gaps(field, arguments).stream().filter((gap) -> subjectId(gap).startsWith(PREFIX)).toList();
	}

	private List<Map<String, Object>> gaps(String field, String arguments) {
		String document = "{ gaps { " + field + arguments
				+ " { rule message subject { id } related { id } languages { id } candidates { id } date } } }";
		return graphQl().document(document).execute().path("gaps." + field).entityList(MAP).get();
	}

	private Map<String, Object> coverage(String field) {
		String document = "{ gaps { " + field + " { rows { id } columns { id } cells } } }";
		String name = field.contains("(") ? field.substring(0, field.indexOf('(')) : field;
		return graphQl().document(document).execute().path("gaps." + name).entity(MAP).get();
	}

	/** The matrix's cells, only in the columns of the fixture's target groups. */
	@SuppressWarnings("unchecked")
	private static List<List<Object>> fixtureColumns(Map<String, Object> matrix) {
		List<String> columns = ids(matrix, "columns");
		return ((List<List<Object>>) matrix.get("cells")).stream()
			.map((row) -> java.util.stream.IntStream.range(0, columns.size())
				.filter((i) -> FIXTURE_GROUPS.contains(columns.get(i)))
				.mapToObj(row::get)
				.toList())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static String subjectId(Map<String, Object> gap) {
		return (String) ((Map<String, Object>) gap.get("subject")).get("id");
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> item, String field) {
		return ((List<Map<String, Object>>) item.get(field)).stream().map((node) -> (String) node.get("id")).toList();
	}

	private static List<String> fixtureIds(Map<String, Object> item, String field) {
		Predicate<String> fixture = (id) -> id.startsWith(PREFIX);
		return ids(item, field).stream().filter(fixture).toList();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

}
