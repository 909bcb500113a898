package de.integrationsnetz.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report} on a fixture with hand-computed numbers (ids starting with
 * {@value #PREFIX}), compared between {@value #FROM} and {@value #TO}: ties that start
 * exactly on {@code from}, end exactly on {@code from} (counted there), end the day
 * before, start after {@code to}, start exactly on {@code to}, begin and end between the
 * dates, end and begin again, and have no dates at all; contracts on every edge of the
 * period; archived entities with and without ties in the period. The comments in the
 * fixture give each tie's outcome. The Herne seed stays loaded, so rows are picked by id
 * and totals are compared with the report without the fixture.
 */
class ReportTests extends GraphIntegrationTest {

	static final String PREFIX = "report-test-";

	static final String FROM = "2024-01-01";

	static final String TO = "2025-01-01";

	private static final String FIXTURE = """
			CREATE (p1:Entity:Person {id: 'report-test-p1', name: 'Report Eins'})
			CREATE (p2:Entity:Person {id: 'report-test-p2', name: 'Report Zwei'})
			CREATE (p3:Entity:Person {id: 'report-test-p3', name: 'Report Drei'})
			CREATE (p4:Entity:Person {id: 'report-test-p4', name: 'Report Vier'})
			CREATE (p5:Entity:Person {id: 'report-test-p5', name: 'Report Fünf'})
			CREATE (p6:Entity:Person {id: 'report-test-p6', name: 'Report Sechs'})
			CREATE (p7:Entity:Person {id: 'report-test-p7', name: 'Report Sieben'})
			CREATE (p8:Entity:Person {id: 'report-test-p8', name: 'Report Acht'})
			CREATE (p9:Entity:Person {id: 'report-test-p9', name: 'Report Neun'})
			CREATE (p10:Entity:Person {id: 'report-test-p10', name: 'Report Zehn', archived: true})
			CREATE (d1:Entity:Department {id: 'report-test-dept-1', name: 'Testamt Eins', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d2:Entity:Department {id: 'report-test-dept-2', name: 'Testamt Zwei', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d3:Entity:Department {id: 'report-test-dept-3', name: 'Testamt Drei', kind: 'SUB_UNIT', integrationRelevant: false})
			CREATE (d4:Entity:Department {id: 'report-test-dept-4', name: 'Testamt Vier', kind: 'DEPARTMENT', integrationRelevant: true, archived: true})
			CREATE (d5:Entity:Department {id: 'report-test-dept-5', name: 'Testamt Fünf', kind: 'DEPARTMENT', integrationRelevant: true, archived: true})
			CREATE (d6:Entity:Department {id: 'report-test-dept-6', name: 'Testamt Sechs', kind: 'DEPARTMENT', integrationRelevant: true, archived: true})
			CREATE (o1:Entity:Organisation {id: 'report-test-org-1', name: 'Testverein Eins', kind: 'ASSOCIATION'})
			CREATE (o2:Entity:Organisation {id: 'report-test-org-2', name: 'Testverein Zwei', kind: 'ASSOCIATION'})
			CREATE (o3:Entity:Organisation {id: 'report-test-org-3', name: 'Testverein Drei', kind: 'ASSOCIATION'})
			CREATE (o4:Entity:Organisation {id: 'report-test-org-4', name: 'Testverein Vier', kind: 'ASSOCIATION'})
			CREATE (net:Entity:Network {id: 'report-test-net', name: 'Testnetz Bericht', kind: 'EXTERNAL'})
			CREATE (empty:Entity:Network {id: 'report-test-net-empty', name: 'Testnetz Leer', kind: 'INTERNAL'})
			CREATE (gone:Entity:Network {id: 'report-test-net-archived', name: 'Testnetz Archiviert', kind: 'INTERNAL', archived: true})
			CREATE (old:Entity:Network {id: 'report-test-net-archived-old', name: 'Testnetz Alt', kind: 'INTERNAL', archived: true})
			// Network members on 2024-01-01 (from) and 2025-01-01 (to)
			CREATE (p1)-[:MEMBER_OF]->(net)                                                          // both
			CREATE (p2)-[:MEMBER_OF {since: date('2024-01-01')}]->(net)                              // starts on from: both
			CREATE (p3)-[:MEMBER_OF {since: date('2020-01-01'), until: date('2024-01-01')}]->(net)  // ends on from: left
			CREATE (p4)-[:MEMBER_OF {since: date('2020-01-01'), until: date('2023-12-31')}]->(net)  // ended the day before: none
			CREATE (p5)-[:MEMBER_OF {since: date('2025-01-02')}]->(net)                              // starts after to: none
			CREATE (p6)-[:MEMBER_OF {since: date('2024-06-01')}]->(net)                              // joined
			CREATE (p7)-[:MEMBER_OF {since: date('2024-02-01'), until: date('2024-10-31')}]->(net)  // in between only: none
			CREATE (p8)-[:MEMBER_OF {since: date('2020-01-01'), until: date('2024-05-31')}]->(net),
			  (p8)-[:MEMBER_OF {since: date('2024-07-01')}]->(net)                                   // left and came back: both
			CREATE (p9)-[:MEMBER_OF {since: date('2025-01-01')}]->(net)                              // starts on to: joined
			CREATE (p10)-[:MEMBER_OF {since: date('2023-01-01'), until: date('2025-01-01')}]->(net) // archived, ends on to: both
			CREATE (d1)-[:MEMBER_OF {since: date('2020-01-01')}]->(net)                              // both
			CREATE (o1)-[:MEMBER_OF {since: date('2024-05-01')}]->(net)                              // joined
			CREATE (o2)-[:MEMBER_OF {until: date('2024-08-31')}]->(net)                              // left
			CREATE (o4)-[:MEMBER_OF {since: date('2024-03-01'), until: date('2024-04-30')}]->(net)  // in between only: none
			CREATE (p1)-[:MEMBER_OF {since: date('2020-01-01'), until: date('2024-02-15')}]->(gone) // left; keeps the archived network
			CREATE (p1)-[:MEMBER_OF {until: date('2023-06-30')}]->(old)                             // before: archived network not shown
			// Contracts: running on from / on to, started, ended
			CREATE (c1:Entity:Contract {id: 'report-test-c1', name: 'Testkontrakt 1', status: 'ACTIVE', validFrom: date('2023-01-01')})
			CREATE (c2:Entity:Contract {id: 'report-test-c2', name: 'Testkontrakt 2', status: 'ACTIVE', validFrom: date('2024-01-01'), validUntil: date('2026-12-31')})
			CREATE (c3:Entity:Contract {id: 'report-test-c3', name: 'Testkontrakt 3', status: 'EXPIRED', validFrom: date('2024-06-01'), validUntil: date('2024-09-30'), archived: true})
			CREATE (c4:Entity:Contract {id: 'report-test-c4', name: 'Testkontrakt 4', status: 'EXPIRED', validFrom: date('2022-01-01'), validUntil: date('2024-01-01')})
			CREATE (c5:Entity:Contract {id: 'report-test-c5', name: 'Testkontrakt 5', status: 'ACTIVE', validFrom: date('2022-01-01'), validUntil: date('2025-01-01')})
			CREATE (c6:Entity:Contract {id: 'report-test-c6', name: 'Testkontrakt 6', status: 'TERMINATED', validFrom: date('2022-01-01'), validUntil: date('2025-01-01')})
			CREATE (c7:Entity:Contract {id: 'report-test-c7', name: 'Testkontrakt 7', status: 'EXPIRED', validFrom: date('2020-01-01'), validUntil: date('2023-12-31')})
			CREATE (c8:Entity:Contract {id: 'report-test-c8', name: 'Testkontrakt 8', status: 'DRAFT', validFrom: date('2024-06-01')})
			CREATE (c9:Entity:Contract {id: 'report-test-c9', name: 'Testkontrakt 9', status: 'ACTIVE', validFrom: date('2025-01-02')})
			CREATE (d1)-[:PARTY_TO]->(c1), (o1)-[:PARTY_TO]->(c2), (o2)-[:PARTY_TO]->(c3), (d1)-[:PARTY_TO]->(c4),
			  (o2)-[:PARTY_TO]->(c4), (o4)-[:PARTY_TO]->(c5), (o3)-[:PARTY_TO]->(c6), (o3)-[:PARTY_TO]->(c7),
			  (d1)-[:PARTY_TO]->(c8), (o3)-[:PARTY_TO]->(c9)
			// Departments: staff and contact persons
			CREATE (p1)-[:WORKS_IN]->(d1)                                                            // both
			CREATE (p2)-[:WORKS_IN {since: date('2024-01-01')}]->(d1)                                // both
			CREATE (p3)-[:WORKS_IN {until: date('2024-01-01')}]->(d1)                                // left
			CREATE (p6)-[:WORKS_IN {since: date('2024-06-01')}]->(d1)                                // joined
			CREATE (p4)-[:WORKS_IN {until: date('2023-12-31')}]->(d1)                                // none
			CREATE (p1)-[:CONTACT_PERSON_FOR {since: date('2020-01-01'), until: date('2024-04-30')}]->(d1) // gap opened
			CREATE (p6)-[:WORKS_IN {since: date('2024-06-01')}]->(d2)                                // joined
			CREATE (p6)-[:CONTACT_PERSON_FOR {since: date('2024-06-01')}]->(d2)                      // gap closed
			CREATE (p5)-[:WORKS_IN {since: date('2025-01-02')}]->(d4)                                // after to: archived, not shown
			CREATE (p3)-[:CONTACT_PERSON_FOR {since: date('2020-01-01'), until: date('2024-03-31')}]->(d5) // archived, shown
			// Topics: experts
			CREATE (t1:Entity:Topic {id: 'report-test-topic-1', name: 'Testthema Eins'})
			CREATE (t2:Entity:Topic {id: 'report-test-topic-2', name: 'Testthema Zwei'})
			CREATE (t3:Entity:Topic {id: 'report-test-topic-3', name: 'Testthema Drei'})
			CREATE (t4:Entity:Topic {id: 'report-test-topic-4', name: 'Testthema Vier', archived: true})
			CREATE (t5:Entity:Topic {id: 'report-test-topic-5', name: 'Testthema Fünf', archived: true})
			CREATE (t6:Entity:Topic {id: 'report-test-topic-6', name: 'Testthema Sechs'})
			CREATE (p1)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t1)                                     // both
			CREATE (p3)-[:HAS_EXPERTISE {level: 'BASIC', until: date('2024-01-01')}]->(t1)           // left
			CREATE (p9)-[:HAS_EXPERTISE {level: 'BASIC', since: date('2025-01-01')}]->(t1)           // joined
			CREATE (p5)-[:HAS_EXPERTISE {level: 'BASIC', since: date('2025-01-02')}]->(t1)           // none
			CREATE (p3)-[:HAS_EXPERTISE {level: 'ADVANCED', since: date('2020-01-01'), until: date('2024-06-30')}]->(t2) // gap opened
			CREATE (p6)-[:HAS_EXPERTISE {level: 'ADVANCED', since: date('2024-06-01')}]->(t3)        // gap closed
			CREATE (p2)-[:HAS_EXPERTISE {level: 'EXPERT', since: date('2020-01-01')}]->(t4)          // archived, shown
			// Target groups: persons and offerings
			CREATE (g1:Entity:TargetGroup {id: 'report-test-group-1', name: 'Testgruppe Eins'})
			CREATE (g2:Entity:TargetGroup {id: 'report-test-group-2', name: 'Testgruppe Zwei'})
			CREATE (f1:Entity:Offering {id: 'report-test-offer-1', name: 'Testangebot Eins', kind: 'SERVICE'})
			CREATE (f2:Entity:Offering {id: 'report-test-offer-2', name: 'Testangebot Zwei', kind: 'SERVICE'})
			CREATE (f3:Entity:Offering {id: 'report-test-offer-3', name: 'Testangebot Drei', kind: 'SERVICE'})
			CREATE (p1)-[:WORKS_WITH]->(g1)                                                          // both
			CREATE (p6)-[:WORKS_WITH {since: date('2024-06-01')}]->(g1)                              // joined
			CREATE (p3)-[:WORKS_WITH {until: date('2024-02-29')}]->(g1)                              // left
			CREATE (f1)-[:FOR_TARGET_GROUP]->(g1)                                                    // both
			CREATE (f2)-[:FOR_TARGET_GROUP {since: date('2024-09-01')}]->(g1)                        // joined
			CREATE (f3)-[:FOR_TARGET_GROUP {until: date('2023-12-31')}]->(g1)                        // none
			WITH 1 AS done
			MATCH (n:Entity) WHERE n.id STARTS WITH 'report-test-'
			SET n.searchName = toLower(n.name), n.searchNameBare = toLower(n.name)
			""";

	private static final String COUNTS = "{ atFrom atTo joined left }";

	private static final String CONTRACTS = "{ runningAtFrom runningAtTo started ended }";

	private static final String NETWORKS = "networks { rows { network { id } members " + COUNTS + " persons " + COUNTS
			+ " departments " + COUNTS + " organisations " + COUNTS + " contracts " + CONTRACTS + " } "
			+ "totals { networks members " + COUNTS + " persons " + COUNTS + " departments " + COUNTS
			+ " organisations " + COUNTS + " } }";

	private static final String DEPARTMENTS = "departments { rows { department { id } staff " + COUNTS
			+ " contactPersonAtFrom contactPersonAtTo } totals { departments staff " + COUNTS
			+ " withContactPersonAtFrom withContactPersonAtTo contactGapsClosed contactGapsOpened } }";

	private static final String TOPICS = "topics { rows { topic { id } experts " + COUNTS
			+ " } totals { topics experts " + COUNTS + " coveredAtFrom coveredAtTo gapsClosed gapsOpened } }";

	private static final String TARGET_GROUPS = "targetGroups { rows { targetGroup { id } persons " + COUNTS
			+ " offerings " + COUNTS + " } totals { targetGroups persons " + COUNTS + " offerings " + COUNTS + " } }";

	private static final String WHOLE_REPORT = "from to " + NETWORKS + " " + DEPARTMENTS + " " + TOPICS + " "
			+ TARGET_GROUPS + " contracts " + CONTRACTS;

	@Autowired
	private Neo4jClient neo4j;

	@BeforeEach
	void createFixture() {
		replaceFixture(PREFIX, FIXTURE);
	}

	@AfterEach
	void removeFixture() {
		replaceFixture(PREFIX, null);
	}

	@Test
	void countsNetworkMembersPerKindAtBothDatesWithJoinedAndLeft() {
		Map<String, Map<String, Object>> rows = fixtureRows(report(FROM, TO), "networks", "network");
		assertThat(rows.keySet()).as("archived networks only with a membership in the period, ordered by name")
			.containsExactly("report-test-net-archived", "report-test-net", "report-test-net-empty");
		Map<String, Object> network = rows.get("report-test-net");
		assertThat(network.get("persons")).isEqualTo(counts(5, 6, 2, 1));
		assertThat(network.get("departments")).isEqualTo(counts(1, 1, 0, 0));
		assertThat(network.get("organisations")).isEqualTo(counts(1, 1, 1, 1));
		assertThat(network.get("members")).isEqualTo(counts(7, 8, 3, 2));
		Map<String, Object> archived = rows.get("report-test-net-archived");
		assertThat(archived.get("members")).isEqualTo(counts(1, 0, 0, 1));
		assertThat(archived.get("persons")).isEqualTo(counts(1, 0, 0, 1));
		Map<String, Object> empty = rows.get("report-test-net-empty");
		assertThat(empty.get("members")).isEqualTo(counts(0, 0, 0, 0));
		assertThat(empty.get("contracts")).isEqualTo(contracts(0, 0, 0, 0));
	}

	@Test
	void countsTheContractsOfNetworkMembersOncePerNetworkAndNeverDrafts() {
		Map<String, Object> network = fixtureRows(report(FROM, TO), "networks", "network").get("report-test-net");
		// c1, c2, c4 on from; c1, c2 on to; c2 and c3 started; c3 and c4 ended; c4 has
		// two
		// member parties; c5's party was a member only between the dates; c8 is a draft
		assertThat(network.get("contracts")).isEqualTo(contracts(3, 2, 2, 2));
	}

	@Test
	void countsAllContractsRunningStartedAndEnded() {
		Map<String, Object> without = withoutFixture();
		Map<String, Object> with = report(FROM, TO);
		// running on from: c1, c2 (starts on from), c4 (ends on from), c5, c6; on to: c1,
		// c2, c5, c6 (both end on to); started: c2, c3 (archived); ended: c3, c4, c6
		// (terminated on to), not c5 (active, ends on to); c7 before, c8 draft, c9 after
		assertThat(difference(map(with.get("contracts")), map(without.get("contracts"))))
			.isEqualTo(contracts(5, 4, 2, 3));
	}

	@Test
	void countsStaffAndContactPersonsPerDepartment() {
		Map<String, Map<String, Object>> rows = fixtureRows(report(FROM, TO), "departments", "department");
		assertThat(rows.keySet()).as("archived departments only with a tie in the period, ordered by name")
			.containsExactly("report-test-dept-3", "report-test-dept-1", "report-test-dept-5", "report-test-dept-2");
		assertThat(rows.get("report-test-dept-1")).containsEntry("staff", counts(3, 3, 1, 1))
			.containsEntry("contactPersonAtFrom", true)
			.containsEntry("contactPersonAtTo", false);
		assertThat(rows.get("report-test-dept-2")).containsEntry("staff", counts(0, 1, 1, 0))
			.containsEntry("contactPersonAtFrom", false)
			.containsEntry("contactPersonAtTo", true);
		assertThat(rows.get("report-test-dept-3")).containsEntry("staff", counts(0, 0, 0, 0))
			.containsEntry("contactPersonAtFrom", false)
			.containsEntry("contactPersonAtTo", false);
		assertThat(rows.get("report-test-dept-5")).containsEntry("staff", counts(0, 0, 0, 0))
			.containsEntry("contactPersonAtFrom", true)
			.containsEntry("contactPersonAtTo", false);
	}

	@Test
	void countsExpertsPerTopic() {
		Map<String, Map<String, Object>> rows = fixtureRows(report(FROM, TO), "topics", "topic");
		assertThat(rows.keySet()).as("archived topics only with an expertise in the period, ordered by name")
			.containsExactly("report-test-topic-3", "report-test-topic-1", "report-test-topic-6", "report-test-topic-4",
					"report-test-topic-2");
		assertThat(rows.get("report-test-topic-1").get("experts")).isEqualTo(counts(2, 2, 1, 1));
		assertThat(rows.get("report-test-topic-2").get("experts")).isEqualTo(counts(1, 0, 0, 1));
		assertThat(rows.get("report-test-topic-3").get("experts")).isEqualTo(counts(0, 1, 1, 0));
		assertThat(rows.get("report-test-topic-4").get("experts")).isEqualTo(counts(1, 1, 0, 0));
		assertThat(rows.get("report-test-topic-6").get("experts")).isEqualTo(counts(0, 0, 0, 0));
	}

	@Test
	void countsPersonsAndOfferingsPerTargetGroup() {
		Map<String, Map<String, Object>> rows = fixtureRows(report(FROM, TO), "targetGroups", "targetGroup");
		assertThat(rows.keySet()).containsExactly("report-test-group-1", "report-test-group-2");
		assertThat(rows.get("report-test-group-1")).containsEntry("persons", counts(2, 2, 1, 1))
			.containsEntry("offerings", counts(1, 2, 1, 0));
		assertThat(rows.get("report-test-group-2")).containsEntry("persons", counts(0, 0, 0, 0))
			.containsEntry("offerings", counts(0, 0, 0, 0));
	}

	@Test
	void addsTheFixtureRowsToEveryTotal() {
		Map<String, Object> without = withoutFixture();
		Map<String, Object> with = report(FROM, TO);

		Map<String, Object> networks = difference(totals(with, "networks"), totals(without, "networks"));
		assertThat(networks).containsEntry("networks", 3)
			.containsEntry("members", counts(8, 8, 3, 3))
			.containsEntry("persons", counts(6, 6, 2, 2))
			.containsEntry("departments", counts(1, 1, 0, 0))
			.containsEntry("organisations", counts(1, 1, 1, 1));

		Map<String, Object> departments = difference(totals(with, "departments"), totals(without, "departments"));
		assertThat(departments).containsEntry("departments", 4)
			.containsEntry("staff", counts(3, 4, 2, 1))
			.containsEntry("withContactPersonAtFrom", 2)
			.containsEntry("withContactPersonAtTo", 1)
			.containsEntry("contactGapsClosed", 1)
			.containsEntry("contactGapsOpened", 2);

		Map<String, Object> topics = difference(totals(with, "topics"), totals(without, "topics"));
		assertThat(topics).containsEntry("topics", 5)
			.containsEntry("experts", counts(4, 4, 2, 2))
			.containsEntry("coveredAtFrom", 3)
			.containsEntry("coveredAtTo", 3)
			.containsEntry("gapsClosed", 1)
			.containsEntry("gapsOpened", 1);

		Map<String, Object> targetGroups = difference(totals(with, "targetGroups"), totals(without, "targetGroups"));
		assertThat(targetGroups).containsEntry("targetGroups", 2)
			.containsEntry("persons", counts(2, 2, 1, 1))
			.containsEntry("offerings", counts(1, 2, 1, 0));
	}

	@Test
	void comparesOneDayWithItselfWithNothingJoinedOrLeft() {
		Map<String, Object> report = report(FROM, FROM);
		Map<String, Object> network = fixtureRows(report, "networks", "network").get("report-test-net");
		assertThat(network.get("members")).isEqualTo(counts(7, 7, 0, 0));
		// members on the day: d1 and o2, so c1, c3, c4 and the draft c8; c4's last day is
		// that day and it has expired: running and ended
		assertThat(network.get("contracts")).isEqualTo(contracts(2, 2, 0, 1));
	}

	@Test
	void runsOneQueryPerSection() {
		this.cypherCounter.reset();
		report(FROM, TO);
		assertThat(this.cypherCounter.count()).as("queries for the whole report").isEqualTo(5);
		this.cypherCounter.reset();
		graphQl().document("{ report(from: \"" + FROM + "\", to: \"" + TO + "\") { " + TOPICS + " } }")
			.execute()
			.errors()
			.verify();
		assertThat(this.cypherCounter.count()).as("queries for one section").isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "2025-01-02, 2025-01-01", "2024-01-01, 2044-01-02", "2000-02-29, 2024-01-01" })
	void refusesFromAfterToAndRangesOverTwentyYears(String from, String to) {
		graphQl().document("{ report(from: \"" + from + "\", to: \"" + to + "\") { from } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_DATE_RANGE")
					.containsEntry("argument", "from");
				assertThat(error.getMessage()).contains(from).contains(to);
			}));
	}

	@Test
	void acceptsExactlyTwentyYears() {
		assertThat(report("2004-01-01", "2024-01-01")).containsEntry("from", "2004-01-01")
			.containsEntry("to", "2024-01-01");
	}

	@Test
	void reportsTheHerneSeedWithConsistentTotals() {
		removeFixture();
		Map<String, Object> report = report("2025-11-26", "2026-11-26");
		Map<String, List<String>> countFields = Map.of("networks",
				List.of("members", "persons", "departments", "organisations"), "departments", List.of("staff"),
				"topics", List.of("experts"), "targetGroups", List.of("persons", "offerings"));
		countFields.forEach((section, fields) -> {
			List<Map<String, Object>> rows = list(map(report.get(section)).get("rows"));
			Map<String, Object> totals = totals(report, section);
			assertThat(rows).as(section).isNotEmpty();
			assertThat(totals.get(section)).as(section + " rows").isEqualTo(rows.size());
			for (String field : fields) {
				Map<String, Object> sum = counts(0, 0, 0, 0);
				for (Map<String, Object> row : rows) {
					Map<String, Object> counts = map(row.get(field));
					assertThat(number(counts, "atTo")).as("%s %s: atTo = atFrom + joined - left", section, field)
						.isEqualTo(number(counts, "atFrom") + number(counts, "joined") - number(counts, "left"));
					sum = sum(sum, counts);
				}
				assertThat(totals.get(field)).as("%s totals.%s", section, field).isEqualTo(sum);
			}
		});
		Map<String, Object> networkTotals = totals(report, "networks");
		assertThat(number(map(networkTotals.get("members")), "atTo")).as("memberships on to, counted directly")
			.isEqualTo(this.neo4j.query("""
					MATCH (m)-[t:MEMBER_OF]->(n:Network)
					WHERE (m:Person OR m:Department OR m:Organisation)
					  AND (t.since IS NULL OR t.since <= date($day)) AND (t.until IS NULL OR t.until >= date($day))
					RETURN count(DISTINCT [elementId(m), elementId(n)])
					""").bind("2026-11-26").to("day").fetchAs(Long.class).one().orElseThrow().intValue());
		Map<String, Object> stadtentwicklung = list(map(report.get("departments")).get("rows")).stream()
			.filter((row) -> "fb-stadtentwicklung-stadtforschung-wahlen".equals(map(row.get("department")).get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(stadtentwicklung).as("contact person named on 2026-01-15: a gap closed")
			.containsEntry("contactPersonAtFrom", false)
			.containsEntry("contactPersonAtTo", true);
		assertThat(number(totals(report, "departments"), "contactGapsClosed")).isPositive();
	}

	private Map<String, Object> withoutFixture() {
		removeFixture();
		Map<String, Object> report = report(FROM, TO);
		this.neo4j.query(FIXTURE).run();
		return report;
	}

	private Map<String, Object> report(String from, String to) {
		GraphQlTester.Response response = graphQl()
			.document("{ report(from: \"" + from + "\", to: \"" + to + "\") { " + WHOLE_REPORT + " } }")
			.execute();
		response.errors().verify();
		return map(response.path("report").entity(Map.class).get());
	}

	/**
	 * The rows of a section whose entity belongs to the fixture, by id, in report order.
	 */
	private static Map<String, Map<String, Object>> fixtureRows(Map<String, Object> report, String section,
			String entity) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (Map<String, Object> row : list(map(report.get(section)).get("rows"))) {
			String id = (String) map(row.get(entity)).get("id");
			if (id.startsWith(PREFIX)) {
				rows.put(id, row);
			}
		}
		return rows;
	}

	private static Map<String, Object> totals(Map<String, Object> report, String section) {
		return map(map(report.get(section)).get("totals"));
	}

	/** Field by field {@code a - b}, into nested counts. */
	private static Map<String, Object> difference(Map<String, Object> a, Map<String, Object> b) {
		Map<String, Object> result = new LinkedHashMap<>();
		a.forEach((key, value) -> result.put(key, (value instanceof Map<?, ?>) ? difference(map(value), map(b.get(key)))
				: ((Number) value).intValue() - ((Number) b.get(key)).intValue()));
		return result;
	}

	private static Map<String, Object> sum(Map<String, Object> a, Map<String, Object> b) {
		Map<String, Object> result = new LinkedHashMap<>();
		a.forEach((key, value) -> result.put(key, number(a, key) + number(b, key)));
		return result;
	}

	private static Map<String, Object> counts(int atFrom, int atTo, int joined, int left) {
		return Map.of("atFrom", atFrom, "atTo", atTo, "joined", joined, "left", left);
	}

	private static Map<String, Object> contracts(int runningAtFrom, int runningAtTo, int started, int ended) {
		return Map.of("runningAtFrom", runningAtFrom, "runningAtTo", runningAtTo, "started", started, "ended", ended);
	}

	private static int number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).intValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : new ArrayList<>();
	}

}
