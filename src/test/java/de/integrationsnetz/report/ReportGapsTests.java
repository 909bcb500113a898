package de.integrationsnetz.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static de.integrationsnetz.report.GapChanges.ids;
import static de.integrationsnetz.report.GapChanges.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report { gaps }} on a fixture with hand-computed answers (ids starting with
 * {@value #PREFIX}), compared between {@value #FROM} and {@value #TO}. The comments in
 * the fixture give each entity's gap on both dates. The Herne seed stays loaded, so the
 * opened and closed lists are filtered to the fixture and the counts are compared with
 * the report without the fixture; one test reads the seed alone.
 */
class ReportGapsTests extends GraphIntegrationTest {

	static final String PREFIX = "report-gaps-";

	static final String FROM = "2024-01-01";

	static final String TO = "2025-01-01";

	private static final String FIXTURE = """
			CREATE (p1:Entity:Person {id: 'report-gaps-p1', name: 'Lücke Eins'})
			CREATE (p2:Entity:Person {id: 'report-gaps-p2', name: 'Lücke Zwei'})
			CREATE (p3:Entity:Person {id: 'report-gaps-p3', name: 'Lücke Drei'})
			CREATE (p4:Entity:Person {id: 'report-gaps-p4', name: 'Lücke Vier'})
			CREATE (p5:Entity:Person {id: 'report-gaps-p5', name: 'Lücke Fünf'})
			CREATE (p10:Entity:Person {id: 'report-gaps-p10', name: 'Lücke Zehn', archived: true})
			// Departments: NO_CONTACT_PERSON (contact) and NO_DEPUTY (deputy) on from / to
			CREATE (d1:Entity:Department {id: 'report-gaps-dept-1', name: 'Lückenamt Eins', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d2:Entity:Department {id: 'report-gaps-dept-2', name: 'Lückenamt Zwei', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d3:Entity:Department {id: 'report-gaps-dept-3', name: 'Lückenamt Drei', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d4:Entity:Department {id: 'report-gaps-dept-4', name: 'Lückenamt Vier', kind: 'SUB_UNIT', integrationRelevant: false})
			CREATE (d5:Entity:Department {id: 'report-gaps-dept-5', name: 'Lückenamt Fünf', kind: 'DEPARTMENT', integrationRelevant: true, archived: true})
			CREATE (d6:Entity:Department {id: 'report-gaps-dept-6', name: 'Lückenamt Sechs', kind: 'DEPARTMENT', integrationRelevant: true, archived: true})
			CREATE (d7:Entity:Department {id: 'report-gaps-dept-7', name: 'Lückenamt Sieben', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (d8:Entity:Department {id: 'report-gaps-dept-8', name: 'Lückenamt Acht', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (p1)-[:CONTACT_PERSON_FOR {since: date('2020-01-01'), until: date('2024-04-30')}]->(d1) // contact opened
			CREATE (p2)-[:DEPUTY_FOR]->(d1)                                                        // deputy: none (no contact on to)
			CREATE (p2)-[:CONTACT_PERSON_FOR {since: date('2024-06-01')}]->(d2)                   // contact closed, deputy opened
			// d3: no ties, contact gap on both days; d4: not relevant, never a gap
			CREATE (p3)-[:CONTACT_PERSON_FOR {until: date('2024-03-31')}]->(d5)                  // archived, kept: contact opened, deputy closed
			CREATE (p3)-[:CONTACT_PERSON_FOR {until: date('2023-12-31')}]->(d6)                  // archived, nothing in the period: not a subject
			CREATE (p4)-[:CONTACT_PERSON_FOR]->(d7)                                                // contact on both days
			CREATE (p5)-[:DEPUTY_FOR {until: date('2024-06-30')}]->(d7)                           // deputy opened
			CREATE (p10)-[:CONTACT_PERSON_FOR]->(d8)                                               // archived person counts: deputy gap on both
			// Topics: NO_EXPERT and SINGLE_EXPERT
			CREATE (t1:Entity:Topic {id: 'report-gaps-topic-1', name: 'Lückenthema Eins'})
			CREATE (t2:Entity:Topic {id: 'report-gaps-topic-2', name: 'Lückenthema Zwei'})
			CREATE (t3:Entity:Topic {id: 'report-gaps-topic-3', name: 'Lückenthema Drei'})
			CREATE (t4:Entity:Topic {id: 'report-gaps-topic-4', name: 'Lückenthema Vier', archived: true})
			CREATE (t5:Entity:Topic {id: 'report-gaps-topic-5', name: 'Lückenthema Fünf', archived: true})
			CREATE (t6:Entity:Topic {id: 'report-gaps-topic-6', name: 'Lückenthema Sechs'})
			CREATE (p1)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t1),
			  (p2)-[:HAS_EXPERTISE {level: 'BASIC', since: date('2024-06-01')}]->(t1)            // 1 -> 2: single closed
			CREATE (p3)-[:HAS_EXPERTISE {level: 'EXPERT', until: date('2024-06-30')}]->(t2)     // 1 -> 0: single closed, none opened
			// t3: no expert on both days
			CREATE (p1)-[:HAS_EXPERTISE {level: 'BASIC', until: date('2024-02-01')}]->(t4)      // archived, kept: single closed, none opened
			CREATE (p4)-[:HAS_EXPERTISE {level: 'BASIC', since: date('2024-03-01')}]->(t6),
			  (p5)-[:HAS_EXPERTISE {level: 'BASIC', until: date('2023-12-31')}]->(t6)            // 0 -> 1: none closed, single opened
			// Target groups: TARGET_GROUP_UNSERVED
			CREATE (g1:Entity:TargetGroup {id: 'report-gaps-group-1', name: 'Lückengruppe Eins'})
			CREATE (g2:Entity:TargetGroup {id: 'report-gaps-group-2', name: 'Lückengruppe Zwei'})
			CREATE (g3:Entity:TargetGroup {id: 'report-gaps-group-3', name: 'Lückengruppe Drei'})
			CREATE (g4:Entity:TargetGroup {id: 'report-gaps-group-4', name: 'Lückengruppe Vier'})
			CREATE (f1:Entity:Offering {id: 'report-gaps-offer-1', name: 'Lückenangebot Eins', kind: 'SERVICE'})
			CREATE (f2:Entity:Offering {id: 'report-gaps-offer-2', name: 'Lückenangebot Zwei', kind: 'SERVICE'})
			CREATE (f1)-[:FOR_TARGET_GROUP {until: date('2024-05-31')}]->(g1)                   // opened
			CREATE (p1)-[:WORKS_WITH {since: date('2024-02-01')}]->(g2)                          // closed
			CREATE (net:Entity:Network {id: 'report-gaps-net', name: 'Lückennetz', kind: 'EXTERNAL'})
			CREATE (net)-[:FOR_TARGET_GROUP]->(g3)                                                 // a network does not serve: gap on both
			CREATE (f2)-[:FOR_TARGET_GROUP {since: date('2024-01-01')}]->(g4)                   // served on both
			// Languages: NEEDED_LANGUAGE_WITHOUT_EXPERT (a speaker with a current expertise)
			CREATE (l1:Entity:Language {id: 'report-gaps-lang-1', name: 'Lückisch Eins', code: 'x1', needed: true})
			CREATE (l2:Entity:Language {id: 'report-gaps-lang-2', name: 'Lückisch Zwei', code: 'x2', needed: true})
			CREATE (l3:Entity:Language {id: 'report-gaps-lang-3', name: 'Lückisch Drei', code: 'x3', needed: true})
			CREATE (l4:Entity:Language {id: 'report-gaps-lang-4', name: 'Lückisch Vier', code: 'x4', needed: false})
			CREATE (l5:Entity:Language {id: 'report-gaps-lang-5', name: 'Lückisch Fünf', code: 'x5', needed: true})
			CREATE (p1)-[:SPEAKS]->(l1)                                                            // p1 an expert on both days: no gap
			CREATE (p3)-[:SPEAKS]->(l2)                                                            // p3's expertise ends 2024-06-30: opened
			CREATE (p4)-[:SPEAKS {since: date('2024-01-01')}]->(l3)                              // p4's expertise starts 2024-03-01: closed
			// l4: not needed, never a gap; l5: no speaker, gap on both
			// Organisations: ORGANISATION_IN_NO_NETWORK
			CREATE (gone:Entity:Network {id: 'report-gaps-net-archived', name: 'Lückennetz Alt', kind: 'INTERNAL', archived: true})
			CREATE (o1:Entity:Organisation {id: 'report-gaps-org-1', name: 'Lückenverein Eins', kind: 'ASSOCIATION'})
			CREATE (o2:Entity:Organisation {id: 'report-gaps-org-2', name: 'Lückenverein Zwei', kind: 'ASSOCIATION'})
			CREATE (o3:Entity:Organisation {id: 'report-gaps-org-3', name: 'Lückenverein Drei', kind: 'ASSOCIATION'})
			CREATE (o4:Entity:Organisation {id: 'report-gaps-org-4', name: 'Lückenverein Vier', kind: 'ASSOCIATION'})
			CREATE (o6:Entity:Organisation {id: 'report-gaps-org-6', name: 'Lückenverein Sechs', kind: 'ASSOCIATION', archived: true})
			CREATE (o1)-[:MEMBER_OF {since: date('2024-05-01')}]->(net)                          // closed
			CREATE (o2)-[:MEMBER_OF {until: date('2024-08-31')}]->(net)                          // opened
			// o3: in no network on both days
			CREATE (o4)-[:MEMBER_OF]->(gone)                                                       // archived network counts: no gap
			CREATE (o6)-[:MEMBER_OF {until: date('2024-06-30')}]->(net)                          // archived, kept: opened
			WITH 1 AS done
			MATCH (n:Entity) WHERE n.id STARTS WITH 'report-gaps-'
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
	void listsEveryComparableRuleInOrder() {
		assertThat(gaps(FROM, TO).keySet()).containsExactly("NO_CONTACT_PERSON", "NO_DEPUTY", "NO_EXPERT",
				"SINGLE_EXPERT", "EXPERTS_ONLY_INSIDE", "EXPERTS_ONLY_OUTSIDE", "TARGET_GROUP_UNSERVED",
				"OFFERING_LACKS_NEEDED_LANGUAGE", "NEEDED_LANGUAGE_WITHOUT_EXPERT", "TOPIC_WITHOUT_CONTRACT",
				"ORGANISATION_IN_NO_NETWORK", "NO_EXTERNAL_TIE");
	}

	@Test
	void namesTheFixtureEntitiesWhoseGapsClosedAndOpenedInOrderOfName() {
		Map<String, Map<String, Object>> gaps = gaps(FROM, TO);
		assertChanges(gaps, "NO_CONTACT_PERSON", List.of("dept-2"), List.of("dept-1", "dept-5"));
		assertChanges(gaps, "NO_DEPUTY", List.of("dept-5"), List.of("dept-7", "dept-2"));
		assertChanges(gaps, "NO_EXPERT", List.of("topic-6"), List.of("topic-4", "topic-2"));
		assertChanges(gaps, "SINGLE_EXPERT", List.of("topic-1", "topic-4", "topic-2"), List.of("topic-6"));
		assertChanges(gaps, "TARGET_GROUP_UNSERVED", List.of("group-2"), List.of("group-1"));
		assertChanges(gaps, "NEEDED_LANGUAGE_WITHOUT_EXPERT", List.of("lang-3"), List.of("lang-2"));
		assertChanges(gaps, "ORGANISATION_IN_NO_NETWORK", List.of("org-1"), List.of("org-6", "org-2"));
	}

	@Test
	void addsTheFixtureGapsToEveryCount() {
		replaceFixture(PREFIX, null);
		Map<String, Map<String, Object>> without = gaps(FROM, TO);
		replaceFixture(PREFIX, FIXTURE);
		Map<String, Map<String, Object>> with = gaps(FROM, TO);
		// atFrom, atTo, closed, opened; gaps on both days: d3 (contact), d8 (deputy), t3,
		// g3, l5, o3
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		expected.put("NO_CONTACT_PERSON", List.of(2, 3, 1, 2));
		expected.put("NO_DEPUTY", List.of(2, 3, 1, 2));
		expected.put("NO_EXPERT", List.of(2, 3, 1, 2));
		expected.put("SINGLE_EXPERT", List.of(3, 1, 3, 1));
		expected.put("TARGET_GROUP_UNSERVED", List.of(2, 2, 1, 1));
		expected.put("NEEDED_LANGUAGE_WITHOUT_EXPERT", List.of(2, 2, 1, 1));
		expected.put("ORGANISATION_IN_NO_NETWORK", List.of(2, 3, 1, 2));
		GapChanges.assertAdded(with, without, expected);
	}

	@Test
	void comparesOneDayWithItselfWithNothingOpenedOrClosed() {
		gaps(FROM, FROM).forEach((rule, change) -> {
			assertThat(change.get("atTo")).as(rule).isEqualTo(change.get("atFrom"));
			assertThat(change).as(rule).containsEntry("closedCount", 0).containsEntry("openedCount", 0);
		});
	}

	@Test
	void runsOneQueryForAllRulesOnlyWhenAsked() {
		this.cypherCounter.reset();
		gaps(FROM, TO);
		assertThat(this.cypherCounter.count()).as("queries for gaps").isEqualTo(1);
		this.cypherCounter.reset();
		graphQl().document("{ report(from: \"" + FROM + "\", to: \"" + TO + "\") { from to } }")
			.execute()
			.errors()
			.verify();
		assertThat(this.cypherCounter.count()).as("queries without a section").isZero();
	}

	@Test
	void showsTheHerneSeedsContactPersonGapsBetweenTheReportDates() {
		removeFixture();
		Map<String, Map<String, Object>> gaps = gaps("2025-11-26", "2026-11-26");
		gaps.forEach((rule, change) -> assertThat(number(change, "atTo"))
			.as("%s: atTo = atFrom + opened - closed", rule)
			.isEqualTo(number(change, "atFrom") + number(change, "openedCount") - number(change, "closedCount")));
		Map<String, Object> contact = gaps.get("NO_CONTACT_PERSON");
		assertThat(ids(contact, "closed")).as("contact person named on 2026-01-15")
			.contains("fb-stadtentwicklung-stadtforschung-wahlen");
		// FB Kultur's contact person left on 2025-06-30, before from: a gap on both days,
		// so neither opened nor closed in this period, but opened in the year before
		assertThat(ids(contact, "opened")).doesNotContain("fb-kultur");
		assertThat(ids(contact, "closed")).doesNotContain("fb-kultur");
		assertThat(ids(gaps("2024-11-26", "2025-11-26").get("NO_CONTACT_PERSON"), "opened")).contains("fb-kultur");
	}

	private Map<String, Map<String, Object>> gaps(String from, String to) {
		return GapChanges.read(graphQl(), from, to);
	}

	private static void assertChanges(Map<String, Map<String, Object>> gaps, String rule, List<String> closed,
			List<String> opened) {
		GapChanges.assertChanges(PREFIX, gaps, rule, closed, opened);
	}

}
