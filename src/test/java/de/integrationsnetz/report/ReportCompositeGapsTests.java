package de.integrationsnetz.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static de.integrationsnetz.report.GapChanges.list;
import static de.integrationsnetz.report.GapChanges.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report { gaps }} for the rules that combine two kinds of tie on a day (an
 * expert's side of the border, an offering's languages, the topics and contracts of the
 * external network, a department's way into it), on a fixture with hand-computed answers
 * (ids starting with {@value #PREFIX}), compared between {@value #FROM} and {@value #TO}.
 * The comments in the fixture give each entity's gap on both dates. As in
 * {@link ReportGapsTests}, the lists are filtered to the fixture and the counts compared
 * with the report without it; one test holds the report's last day against {@code gaps}
 * on the Herne seed.
 */
class ReportCompositeGapsTests extends GraphIntegrationTest {

	static final String PREFIX = "report-rules-";

	static final String FROM = "2024-01-01";

	static final String TO = "2025-01-01";

	private static final String FIXTURE = """
			// Sides of the border: pi internal, pe external, pb both, pn neither;
			// pj internal until 2024-06-30, then external; pa works in an archived department
			CREATE (d1:Entity:Department {id: 'report-rules-dept-1', name: 'Regelamt Eins', kind: 'DEPARTMENT', integrationRelevant: false})
			CREATE (dx:Entity:Department {id: 'report-rules-dept-x', name: 'Regelamt Alt', kind: 'DEPARTMENT', integrationRelevant: false, archived: true})
			CREATE (o:Entity:Organisation {id: 'report-rules-org', name: 'Regelverein', kind: 'ASSOCIATION'})
			CREATE (pi:Entity:Person {id: 'report-rules-pi', name: 'Regel Innen'})-[:WORKS_IN]->(d1)
			CREATE (pe:Entity:Person {id: 'report-rules-pe', name: 'Regel Außen'})-[:WORKS_FOR]->(o)
			CREATE (pb:Entity:Person {id: 'report-rules-pb', name: 'Regel Beides'})-[:WORKS_IN]->(d1), (pb)-[:WORKS_FOR]->(o)
			CREATE (pn:Entity:Person {id: 'report-rules-pn', name: 'Regel Keins'})
			CREATE (pj:Entity:Person {id: 'report-rules-pj', name: 'Regel Wechsel'})
			CREATE (pj)-[:WORKS_IN {until: date('2024-06-30')}]->(d1), (pj)-[:WORKS_FOR {since: date('2024-07-01')}]->(o)
			CREATE (pa:Entity:Person {id: 'report-rules-pa', name: 'Regel Altamt'})-[:WORKS_IN]->(dx)
			// EXPERTS_ONLY_INSIDE and EXPERTS_ONLY_OUTSIDE
			CREATE (t1:Entity:Topic {id: 'report-rules-topic-1', name: 'Regelthema Eins'})
			CREATE (t2:Entity:Topic {id: 'report-rules-topic-2', name: 'Regelthema Zwei'})
			CREATE (t3:Entity:Topic {id: 'report-rules-topic-3', name: 'Regelthema Drei'})
			CREATE (t4:Entity:Topic {id: 'report-rules-topic-4', name: 'Regelthema Vier'})
			CREATE (t5:Entity:Topic {id: 'report-rules-topic-5', name: 'Regelthema Fünf'})
			CREATE (t6:Entity:Topic {id: 'report-rules-topic-6', name: 'Regelthema Sechs'})
			CREATE (t7:Entity:Topic {id: 'report-rules-topic-7', name: 'Regelthema Sieben', archived: true})
			CREATE (t8:Entity:Topic {id: 'report-rules-topic-8', name: 'Regelthema Acht'})
			CREATE (pi)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t1),
			  (pe)-[:HAS_EXPERTISE {level: 'BASIC', since: date('2024-03-01')}]->(t1)           // inside -> both: inside closed
			CREATE (pj)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t2)                                // inside -> outside: inside closed, outside opened
			CREATE (pi)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t3),
			  (pe)-[:HAS_EXPERTISE {level: 'BASIC', until: date('2024-05-31')}]->(t3)           // both -> inside: inside opened
			CREATE (pn)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t4),
			  (pe)-[:HAS_EXPERTISE {level: 'BASIC', until: date('2023-12-31')}]->(t4)           // neither side on both days: no gap
			CREATE (pe)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t5)                                // outside on both days
			CREATE (pb)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t6)                                // one expert on both sides: no gap
			CREATE (pi)-[:HAS_EXPERTISE {level: 'BASIC', until: date('2024-03-31')}]->(t7)      // archived, kept: inside closed
			CREATE (pa)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(t8)                                // archived department counts: inside on both
			// NO_EXTERNAL_TIE: xwg joins the external network on 2024-06-01
			CREATE (xnet:Entity:Network {id: 'report-rules-net-x', name: 'Regelnetz Außen', kind: 'EXTERNAL'})
			CREATE (inet:Entity:Network {id: 'report-rules-net-i', name: 'Regelnetz Innen', kind: 'INTERNAL'})
			CREATE (xwg:Entity:WorkingGroup {id: 'report-rules-wg', name: 'Regel-AG', status: 'OPEN'})
			CREATE (xwg)-[:PART_OF {since: date('2024-06-01')}]->(xnet)
			CREATE (d2:Entity:Department {id: 'report-rules-dept-2', name: 'Regelamt Zwei', kind: 'DEPARTMENT', integrationRelevant: false})
			CREATE (d3:Entity:Department {id: 'report-rules-dept-3', name: 'Regelamt Drei', kind: 'SUB_UNIT', integrationRelevant: false})
			CREATE (d4:Entity:Department {id: 'report-rules-dept-4', name: 'Regelamt Vier', kind: 'DEPARTMENT', integrationRelevant: false})
			CREATE (d5:Entity:Department {id: 'report-rules-dept-5', name: 'Regelamt Fünf', kind: 'DEPARTMENT', integrationRelevant: false})
			CREATE (d6:Entity:Department {id: 'report-rules-dept-6', name: 'Regelamt Sechs', kind: 'DEPARTMENT', integrationRelevant: false, archived: true})
			CREATE (d7:Entity:Department {id: 'report-rules-dept-7', name: 'Regelamt Sieben', kind: 'DEPARTMENT', integrationRelevant: false})
			CREATE (d1)-[:MEMBER_OF]->(xnet)                                                       // tie on both days
			CREATE (d2)-[:MEMBER_OF]->(inet)                                                       // internal only: gap on both
			CREATE (pk:Entity:Person {id: 'report-rules-pk', name: 'Regel Delegiert'})-[:WORKS_IN]->(d3),
			  (pk)-[:MEMBER_OF]->(xwg)                                                             // the group is external from 2024-06-01: closed
			CREATE (d4)-[:MEMBER_OF {until: date('2024-08-31')}]->(xnet)                          // opened
			CREATE (pl:Entity:Person {id: 'report-rules-pl', name: 'Regel Neu'})-[:WORKS_IN {since: date('2024-04-01')}]->(d5),
			  (pl)-[:MEMBER_OF]->(xnet)                                                            // member joins the staff: closed
			// dx (archived, staff in the period): gap on both days
			CREATE (d6)-[:MEMBER_OF {until: date('2023-06-30')}]->(inet)                          // archived, nothing in the period: not a subject
			CREATE (pz:Entity:Person {id: 'report-rules-pz', name: 'Regel Archiviert', archived: true})-[:WORKS_IN]->(d7),
			  (pz)-[:MEMBER_OF]->(xnet)                                                            // archived person counts: no gap
			// TOPIC_WITHOUT_CONTRACT
			CREATE (u1:Entity:Topic {id: 'report-rules-ctopic-1', name: 'Vertragsthema Eins'})
			CREATE (u2:Entity:Topic {id: 'report-rules-ctopic-2', name: 'Vertragsthema Zwei'})
			CREATE (u3:Entity:Topic {id: 'report-rules-ctopic-3', name: 'Vertragsthema Drei'})
			CREATE (u4:Entity:Topic {id: 'report-rules-ctopic-4', name: 'Vertragsthema Vier'})
			CREATE (u5:Entity:Topic {id: 'report-rules-ctopic-5', name: 'Vertragsthema Fünf'})
			CREATE (u6:Entity:Topic {id: 'report-rules-ctopic-6', name: 'Vertragsthema Sechs'})
			CREATE (u7:Entity:Topic {id: 'report-rules-ctopic-7', name: 'Vertragsthema Sieben'})
			CREATE (u8:Entity:Topic {id: 'report-rules-ctopic-8', name: 'Vertragsthema Acht'})
			CREATE (c1:Entity:Contract {id: 'report-rules-contract-1', name: 'Regelvertrag Eins', status: 'ACTIVE', validFrom: date('2023-01-01')})
			CREATE (c2:Entity:Contract {id: 'report-rules-contract-2', name: 'Regelvertrag Zwei', status: 'EXPIRED', validFrom: date('2022-01-01'), validUntil: date('2024-06-30')})
			CREATE (c4:Entity:Contract {id: 'report-rules-contract-4', name: 'Regelvertrag Vier', status: 'ACTIVE', validFrom: date('2024-03-01')})
			CREATE (c7:Entity:Contract {id: 'report-rules-contract-7', name: 'Regelvertrag Sieben', status: 'DRAFT', validFrom: date('2020-01-01')})
			CREATE (c8:Entity:Contract {id: 'report-rules-contract-8', name: 'Regelvertrag Acht', status: 'ACTIVE', validFrom: date('2020-01-01'), archived: true})
			CREATE (xnet)-[:ON_TOPIC]->(u1), (c1)-[:ON_TOPIC]->(u1)                               // contract on both days: no gap
			CREATE (xnet)-[:ON_TOPIC]->(u2), (c2)-[:ON_TOPIC]->(u2)                               // contract ran until 2024-06-30: opened
			CREATE (xwg)-[:ON_TOPIC]->(u3)                                                         // external from 2024-06-01: opened
			CREATE (xnet)-[:ON_TOPIC]->(u4), (c4)-[:ON_TOPIC]->(u4)                               // contract from 2024-03-01: closed
			CREATE (inet)-[:ON_TOPIC]->(u5)                                                        // internal network only: no gap
			CREATE (xnet)-[:ON_TOPIC {until: date('2024-05-31')}]->(u6)                           // no longer a topic there: closed
			CREATE (xnet)-[:ON_TOPIC]->(u7), (c7)-[:ON_TOPIC]->(u7)                               // a draft is not behind it: gap on both
			CREATE (xnet)-[:ON_TOPIC]->(u8), (c8)-[:ON_TOPIC]->(u8)                               // archived contract ran: no gap
			// OFFERING_LACKS_NEEDED_LANGUAGE against the seed's needed languages; la is
			// needed but archived and lm not needed, so neither is missed
			CREATE (la:Entity:Language {id: 'report-rules-lang-archived', name: 'Regelisch Alt', code: 'y1', needed: true, archived: true})
			CREATE (lm:Entity:Language {id: 'report-rules-lang-other', name: 'Regelisch', code: 'y2', needed: false})
			CREATE (g:Entity:TargetGroup {id: 'report-rules-group', name: 'Regelgruppe'})
			CREATE (g2:Entity:TargetGroup {id: 'report-rules-group-2', name: 'Regelgruppe Zwei'})
			CREATE (gx:Entity:TargetGroup {id: 'report-rules-group-x', name: 'Regelgruppe Alt', archived: true})
			CREATE (f1:Entity:Offering {id: 'report-rules-offer-1', name: 'Regelangebot Eins', kind: 'SERVICE'})-[:FOR_TARGET_GROUP]->(g)
			CREATE (f2:Entity:Offering {id: 'report-rules-offer-2', name: 'Regelangebot Zwei', kind: 'SERVICE'})-[:FOR_TARGET_GROUP]->(g)
			CREATE (f3:Entity:Offering {id: 'report-rules-offer-3', name: 'Regelangebot Drei', kind: 'SERVICE'})-[:FOR_TARGET_GROUP]->(g)
			CREATE (f4:Entity:Offering {id: 'report-rules-offer-4', name: 'Regelangebot Vier', kind: 'SERVICE'})
			CREATE (f4)-[:FOR_TARGET_GROUP {since: date('2024-02-01')}]->(g)                      // for a group from 2024-02-01, no language: opened
			CREATE (f5:Entity:Offering {id: 'report-rules-offer-5', name: 'Regelangebot Fünf', kind: 'SERVICE'})
			CREATE (f5)-[:FOR_TARGET_GROUP {until: date('2024-06-30')}]->(g)                      // for a group until 2024-06-30, no language: closed
			CREATE (f6:Entity:Offering {id: 'report-rules-offer-6', name: 'Regelangebot Sechs', kind: 'SERVICE'})
			CREATE (f6)-[:FOR_TARGET_GROUP]->(g), (f6)-[:FOR_TARGET_GROUP]->(g2)                  // two groups, no language: one gap on both
			CREATE (:Entity:Offering {id: 'report-rules-offer-7', name: 'Regelangebot Sieben', kind: 'SERVICE'}) // for no group: no gap
			CREATE (f8:Entity:Offering {id: 'report-rules-offer-8', name: 'Regelangebot Acht', kind: 'SERVICE'})-[:FOR_TARGET_GROUP]->(gx)
			                                                                                       // archived group counts, no language: gap on both
			WITH f1, f2, f3
			MATCH (l:Language) WHERE l.needed = true AND NOT coalesce(l.archived, false)
			CREATE (f1)-[:IN_LANGUAGE]->(l)                                                        // every needed language on both days: no gap
			CREATE (f2)-[:IN_LANGUAGE {since: date('2024-06-01')}]->(l)                           // closed
			CREATE (f3)-[:IN_LANGUAGE {until: date('2024-03-31')}]->(l)                           // opened
			WITH count(*) AS done
			MATCH (n:Entity) WHERE n.id STARTS WITH 'report-rules-'
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
	void namesTheFixtureEntitiesWhoseGapsClosedAndOpenedInOrderOfName() {
		Map<String, Map<String, Object>> gaps = gaps(FROM, TO);
		assertChanges(gaps, "EXPERTS_ONLY_INSIDE", List.of("topic-1", "topic-7", "topic-2"), List.of("topic-3"));
		assertChanges(gaps, "EXPERTS_ONLY_OUTSIDE", List.of(), List.of("topic-2"));
		assertChanges(gaps, "OFFERING_LACKS_NEEDED_LANGUAGE", List.of("offer-5", "offer-2"),
				List.of("offer-3", "offer-4"));
		assertChanges(gaps, "TOPIC_WITHOUT_CONTRACT", List.of("ctopic-6", "ctopic-4"), List.of("ctopic-3", "ctopic-2"));
		assertChanges(gaps, "NO_EXTERNAL_TIE", List.of("dept-3", "dept-5"), List.of("dept-4"));
	}

	@Test
	void addsTheFixtureGapsToEveryCount() {
		replaceFixture(PREFIX, null);
		Map<String, Map<String, Object>> without = gaps(FROM, TO);
		replaceFixture(PREFIX, FIXTURE);
		Map<String, Map<String, Object>> with = gaps(FROM, TO);
		// atFrom, atTo, closed, opened
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		// from: t1, t2, t7, t8; to: t3, t8
		expected.put("EXPERTS_ONLY_INSIDE", List.of(4, 2, 3, 1));
		// from: t5; to: t2, t5
		expected.put("EXPERTS_ONLY_OUTSIDE", List.of(1, 2, 0, 1));
		// from: f2, f5, f6, f8; to: f3, f4, f6, f8
		expected.put("OFFERING_LACKS_NEEDED_LANGUAGE", List.of(4, 4, 2, 2));
		// from: u4, u6, u7; to: u2, u3, u7
		expected.put("TOPIC_WITHOUT_CONTRACT", List.of(3, 3, 2, 2));
		// from: d2, d3, d5, dx; to: d2, d4, dx
		expected.put("NO_EXTERNAL_TIE", List.of(4, 3, 2, 1));
		GapChanges.assertAdded(with, without, expected);
	}

	@Test
	void countsOnTheLastDayWhatGapsFindsTodayOnTheHerneSeed() {
		removeFixture();
		Map<String, Map<String, Object>> report = gaps("2025-11-26", TODAY);
		GraphQlTester.Response response = graphQl().document("""
				{ gaps {
				  topicsWithOneSidedExperts { rule subject { id } }
				  offeringsMissingLanguages { rule subject { id } }
				  topicsWithoutContract { rule subject { id } }
				  departmentsWithoutExternalTie { rule subject { id } }
				} }
				""").execute();
		response.errors().verify();
		Map<String, Long> today = new LinkedHashMap<>();
		for (String field : List.of("topicsWithOneSidedExperts", "offeringsMissingLanguages", "topicsWithoutContract",
				"departmentsWithoutExternalTie")) {
			// offeringsMissingLanguages has one item per offering and target group
			list(response.path("gaps." + field).entity(List.class).get()).stream()
				.map((gap) -> gap.get("rule") + " " + ((Map<?, ?>) gap.get("subject")).get("id"))
				.distinct()
				.forEach((gap) -> today.merge(gap.substring(0, gap.indexOf(' ')), 1L, Long::sum));
		}
		for (String rule : List.of("EXPERTS_ONLY_INSIDE", "EXPERTS_ONLY_OUTSIDE", "OFFERING_LACKS_NEEDED_LANGUAGE",
				"TOPIC_WITHOUT_CONTRACT", "NO_EXTERNAL_TIE")) {
			assertThat(number(report.get(rule), "atTo")).as(rule).isEqualTo(today.getOrDefault(rule, 0L).intValue());
		}
		assertThat(today).as("the seed has gaps of these rules to compare").isNotEmpty();
	}

	private Map<String, Map<String, Object>> gaps(String from, String to) {
		return GapChanges.read(graphQl(), from, to);
	}

	private static void assertChanges(Map<String, Map<String, Object>> gaps, String rule, List<String> closed,
			List<String> opened) {
		GapChanges.assertChanges(PREFIX, gaps, rule, closed, opened);
	}

}
