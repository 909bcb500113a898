package de.integrationsnetz.analysis;

import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analysis} on fixture networks with hand-computed answers (ids starting with
 * {@value #PREFIX}), each analysed in its own network scope so the seed does not
 * interfere, plus one run on the whole Herne seed.
 */
class NetworkAnalysisTests extends GraphIntegrationTest {

	static final String PREFIX = "analysis-test-";

	/**
	 * Three disjoint fixture networks and an island.
	 * <ul>
	 * <li>n1 (structure): n1 is tied to its working group w1 and its members Anna, Bert
	 * and the department D; Anna works in D (a triangle n1–Anna–D); Cleo is a member of
	 * w1 and works in E; Bert works for the organisation O. Emil works for O too but is
	 * two steps from the core, so out of scope; an ended tie and an archived person are
	 * ignored. Betweenness by hand (pairs of the other nodes whose shortest paths pass
	 * through): n1 separates {w1, Cleo, E}, {Bert, O}, {Anna, D}: 3·2 + 3·2 + 2·2 = 16;
	 * w1 separates {Cleo, E} from 5 others: 10; Cleo separates E from 6: 6; Bert
	 * separates O from 6: 6; all others 0.</li>
	 * <li>n2 (cut): the internal network n2 (members Paula, Peter, department K) and the
	 * external network x2, joined only through K, which is a member of both.</li>
	 * <li>n3 (communities): working groups Alpha and Beta of n3, three persons each, who
	 * work in the department of their group and met at an event of their group.</li>
	 * <li>an island: an organisation with one person, in no network.</li>
	 * </ul>
	 */
	private static final String FIXTURE = """
			CREATE (n1:Entity:Network {id: 'analysis-test-n1', name: 'AT Netz Eins', kind: 'INTERNAL'})
			CREATE (w1:Entity:WorkingGroup {id: 'analysis-test-w1', name: 'AT AG Eins', status: 'OPEN'})
			CREATE (anna:Entity:Person {id: 'analysis-test-anna', name: 'AT Anna'})
			CREATE (bert:Entity:Person {id: 'analysis-test-bert', name: 'AT Bert'})
			CREATE (cleo:Entity:Person {id: 'analysis-test-cleo', name: 'AT Cleo'})
			CREATE (emil:Entity:Person {id: 'analysis-test-emil', name: 'AT Emil'})
			CREATE (zoe:Entity:Person {id: 'analysis-test-zoe', name: 'AT Zoe', archived: true})
			CREATE (d:Entity:Department {id: 'analysis-test-d', name: 'AT Amt D', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (e:Entity:Department {id: 'analysis-test-e', name: 'AT Amt E', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (o:Entity:Organisation {id: 'analysis-test-o', name: 'AT Verein O', kind: 'ASSOCIATION'})
			CREATE (w1)-[:PART_OF]->(n1), (anna)-[:MEMBER_OF]->(n1), (bert)-[:MEMBER_OF]->(n1), (d)-[:MEMBER_OF]->(n1),
			  (cleo)-[:MEMBER_OF]->(w1), (cleo)-[:WORKS_IN]->(e), (bert)-[:WORKS_FOR]->(o), (anna)-[:WORKS_IN]->(d),
			  (emil)-[:WORKS_FOR]->(o), (bert)-[:WORKS_IN {until: date('2020-12-31')}]->(e),
			  (zoe)-[:MEMBER_OF]->(n1), (zoe)-[:WORKS_IN]->(e)
			CREATE (n2:Entity:Network {id: 'analysis-test-n2', name: 'AT Netz Intern', kind: 'INTERNAL'})
			CREATE (x2:Entity:Network {id: 'analysis-test-x2', name: 'AT Netz Extern', kind: 'EXTERNAL'})
			CREATE (paula:Entity:Person {id: 'analysis-test-paula', name: 'AT Paula'})
			CREATE (peter:Entity:Person {id: 'analysis-test-peter', name: 'AT Peter'})
			CREATE (k:Entity:Department {id: 'analysis-test-k', name: 'AT Amt K', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (paula)-[:MEMBER_OF]->(n2), (peter)-[:MEMBER_OF]->(n2), (k)-[:MEMBER_OF]->(n2), (k)-[:MEMBER_OF]->(x2),
			  (paula)-[:WORKS_IN]->(k)
			CREATE (n3:Entity:Network {id: 'analysis-test-n3', name: 'AT Netz Drei', kind: 'INTERNAL'})
			CREATE (wa:Entity:WorkingGroup {id: 'analysis-test-wa', name: 'AT AG Alpha', status: 'OPEN'})
			CREATE (wb:Entity:WorkingGroup {id: 'analysis-test-wb', name: 'AT AG Beta', status: 'OPEN'})
			CREATE (da:Entity:Department {id: 'analysis-test-da', name: 'AT Amt Alpha', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (db:Entity:Department {id: 'analysis-test-db', name: 'AT Amt Beta', kind: 'DEPARTMENT', integrationRelevant: true})
			CREATE (ea:Entity:Event {id: 'analysis-test-ea', name: 'AT Treffen Alpha', kind: 'MEETING', date: date('2026-06-01')})
			CREATE (eb:Entity:Event {id: 'analysis-test-eb', name: 'AT Treffen Beta', kind: 'MEETING', date: date('2026-06-02')})
			CREATE (wa)-[:PART_OF]->(n3), (wb)-[:PART_OF]->(n3)
			FOREACH (i IN range(1, 3) |
			  CREATE (a:Entity:Person {id: 'analysis-test-alpha-' + i, name: 'AT Alpha ' + i})
			  CREATE (a)-[:MEMBER_OF]->(wa), (a)-[:WORKS_IN]->(da), (a)-[:PARTICIPATED_IN]->(ea)
			  CREATE (b:Entity:Person {id: 'analysis-test-beta-' + i, name: 'AT Beta ' + i})
			  CREATE (b)-[:MEMBER_OF]->(wb), (b)-[:WORKS_IN]->(db), (b)-[:PARTICIPATED_IN]->(eb))
			CREATE (island:Entity:Organisation {id: 'analysis-test-island', name: 'AT Insel', kind: 'ASSOCIATION'})
			CREATE (:Entity:Person {id: 'analysis-test-islander', name: 'AT Insulaner'})-[:WORKS_FOR]->(island)
			""";

	private static final String NODE = "{ id name type }";

	@BeforeEach
	void createFixture() {
		replaceFixture(PREFIX, FIXTURE);
	}

	@AfterEach
	void removeFixture() {
		replaceFixture(PREFIX, null);
	}

	@Test
	void namesArticulationPointsAndBridgesOfANetwork() {
		GraphQlTester.Response response = analyse("analysis-test-n1", """
				nodeCount tieCount
				articulationPoints %1$s personArticulationPoints %1$s
				bridges { from { id } to { id } kinds }
				personBridges { from { id } to { id } kinds }
				""".formatted(NODE));
		response.path("analysis.nodeCount").entity(Integer.class).isEqualTo(8);
		response.path("analysis.tieCount").entity(Integer.class).isEqualTo(8);
		response.path("analysis.articulationPoints[*].name")
			.entityList(String.class)
			.containsExactly("AT AG Eins", "AT Netz Eins");
		response.path("analysis.articulationPoints[*].type")
			.entityList(String.class)
			.containsExactly("WORKING_GROUP", "NETWORK");
		response.path("analysis.personArticulationPoints[*].name")
			.entityList(String.class)
			.containsExactly("AT Bert", "AT Cleo");
		response.path("analysis.bridges[*].from.id").entityList(String.class).containsExactly("analysis-test-n1");
		response.path("analysis.bridges[*].to.id").entityList(String.class).containsExactly("analysis-test-w1");
		response.path("analysis.bridges[0].kinds").entityList(String.class).containsExactly("WORKING_GROUP");
		response.path("analysis.personBridges[*].from.id")
			.entityList(String.class)
			.containsExactly("analysis-test-bert", "analysis-test-bert", "analysis-test-cleo", "analysis-test-cleo");
		response.path("analysis.personBridges[*].to.id")
			.entityList(String.class)
			.containsExactly("analysis-test-n1", "analysis-test-o", "analysis-test-e", "analysis-test-w1");
		response.path("analysis.personBridges[*].kinds[0]")
			.entityList(String.class)
			.containsExactly("MEMBERSHIP", "EMPLOYMENT", "EMPLOYMENT", "MEMBERSHIP");
	}

	/**
	 * The graph of n1 for a map: 5 institutions and 3 persons; of the 8 ties, D–n1 and
	 * n1–w1 join two institutions, the other 6 have a person at one end. Bert ties n1 to
	 * O and Cleo ties w1 to E, neither pair tied directly: two shared-person ties; Anna's
	 * n1 and D are tied directly, so they give none.
	 */
	@Test
	void drawsTheGraphInstitutionsAndPersonsApart() {
		GraphQlTester.Response response = analyse("analysis-test-n1", """
				graph {
				  nodes %1$s personNodes %1$s
				  ties { from { id } to { id } kinds }
				  sharedPersonTies { from { id } to { id } kinds }
				  personTies { from { id } to { id } }
				}
				""".formatted(NODE));
		response.path("analysis.graph.nodes[*].name")
			.entityList(String.class)
			.containsExactly("AT AG Eins", "AT Amt D", "AT Amt E", "AT Netz Eins", "AT Verein O");
		response.path("analysis.graph.personNodes[*].name")
			.entityList(String.class)
			.containsExactly("AT Anna", "AT Bert", "AT Cleo");
		response.path("analysis.graph.ties[*].from.id")
			.entityList(String.class)
			.containsExactly("analysis-test-d", "analysis-test-n1");
		response.path("analysis.graph.ties[*].to.id")
			.entityList(String.class)
			.containsExactly("analysis-test-n1", "analysis-test-w1");
		response.path("analysis.graph.sharedPersonTies[*].from.id")
			.entityList(String.class)
			.containsExactly("analysis-test-e", "analysis-test-n1");
		response.path("analysis.graph.sharedPersonTies[*].to.id")
			.entityList(String.class)
			.containsExactly("analysis-test-w1", "analysis-test-o");
		response.path("analysis.graph.sharedPersonTies[0].kinds")
			.entityList(String.class)
			.containsExactly("MEMBERSHIP", "EMPLOYMENT");
		response.path("analysis.graph.personTies").entityList(Object.class).hasSize(6);
	}

	@Test
	void ranksBetweennessCentralityInstitutionsAndPersonsApart() {
		GraphQlTester.Response response = analyse("analysis-test-n1", """
				centrality(top: 3) { node { name } betweenness }
				personCentrality { node { name } betweenness }
				""");
		response.path("analysis.centrality[*].node.name")
			.entityList(String.class)
			.containsExactly("AT Netz Eins", "AT AG Eins", "AT Amt D");
		response.path("analysis.centrality[*].betweenness").entityList(Double.class).containsExactly(16.0, 10.0, 0.0);
		response.path("analysis.personCentrality[*].node.name")
			.entityList(String.class)
			.containsExactly("AT Bert", "AT Cleo", "AT Anna");
		response.path("analysis.personCentrality[*].betweenness")
			.entityList(Double.class)
			.containsExactly(6.0, 6.0, 0.0);
	}

	@Test
	void findsTheSmallestSetSeparatingInternalAndExternalNetwork() {
		GraphQlTester.Response response = analyse("analysis-test-n2",
				"internalExternalCut { separable size institutions %1$s persons %1$s }".formatted(NODE));
		response.path("analysis.internalExternalCut.separable").entity(Boolean.class).isEqualTo(true);
		response.path("analysis.internalExternalCut.size").entity(Integer.class).isEqualTo(1);
		response.path("analysis.internalExternalCut.institutions[*].id")
			.entityList(String.class)
			.containsExactly("analysis-test-k");
		response.path("analysis.internalExternalCut.persons").entityList(Object.class).hasSize(0);
	}

	@Test
	void aPersonInBothNetworksIsTheCutItself() {
		replaceFixture("analysis-test-both", """
				MATCH (peter:Person {id: 'analysis-test-peter'}), (x2:Network {id: 'analysis-test-x2'})
				CREATE (peter)-[:MEMBER_OF]->(x2)
				""");
		GraphQlTester.Response response = analyse("analysis-test-n2",
				"internalExternalCut { separable size institutions { id } persons { id } }");
		response.path("analysis.internalExternalCut.size").entity(Integer.class).isEqualTo(2);
		response.path("analysis.internalExternalCut.institutions[*].id")
			.entityList(String.class)
			.containsExactly("analysis-test-k");
		response.path("analysis.internalExternalCut.persons[*].id")
			.entityList(String.class)
			.containsExactly("analysis-test-peter");
	}

	@Test
	void tablesCommunitiesAgainstDepartmentsSoSilosShow() {
		GraphQlTester.Response response = analyse("analysis-test-n3", """
				communities { rows { index size personCount members { name } } columns { name } cells }
				""");
		response.path("analysis.communities.columns[*].name")
			.entityList(String.class)
			.containsExactly("AT Amt Alpha", "AT Amt Beta");
		response.path("analysis.communities.rows").entityList(Object.class).hasSize(2);
		response.path("analysis.communities.rows[*].personCount").entityList(Integer.class).containsExactly(3, 3);
		response.path("analysis.communities.cells")
			.entityList(List.class)
			.satisfies((cells) -> assertThat(cells).containsExactlyInAnyOrder(List.of(3, 0), List.of(0, 3)));
	}

	@Test
	void listsIsolatedClustersOfTheWholeGraph() {
		graphQl().document("""
				{ analysis { components { size isolated members { id } personCount personMembers { id } } } }
				""").execute().path("analysis.components").entityList(Map.class).satisfies((components) -> {
			assertThat(components.get(0).get("isolated")).isEqualTo(false);
			assertThat(components)
				.contains(Map.of("size", 2, "isolated", true, "members", List.of(Map.of("id", "analysis-test-island")),
						"personCount", 1, "personMembers", List.of(Map.of("id", "analysis-test-islander"))));
		});
	}

	@Test
	void reusesTheCachedResultUntilTheGraphChanges() {
		analyse("analysis-test-n1", "nodeCount").path("analysis.nodeCount").entity(Integer.class).isEqualTo(8);
		this.cypherCounter.reset();
		analyse("analysis-test-n1", "nodeCount").path("analysis.nodeCount").entity(Integer.class).isEqualTo(8);
		assertThat(this.cypherCounter.count()).as("only the fingerprint query").isEqualTo(1);

		replaceFixture("analysis-test-new",
				"""
						MATCH (n1:Network {id: 'analysis-test-n1'})
						CREATE (:Entity:Organisation {id: 'analysis-test-new', name: 'AT Neu', kind: 'ASSOCIATION'})-[:MEMBER_OF]->(n1)
						""");
		this.cypherCounter.reset();
		analyse("analysis-test-n1", "nodeCount").path("analysis.nodeCount").entity(Integer.class).isEqualTo(9);
		assertThat(this.cypherCounter.count()).as("fingerprint and projection").isEqualTo(2);
	}

	@Test
	void refusesUnknownNetworksAndAbsurdRankingLengths() {
		assertCode("{ analysis(scope: NETWORK, network: \"analysis-test-nowhere\") { nodeCount } }", "NOT_FOUND");
		assertCode("{ analysis(scope: NETWORK, network: \"analysis-test-anna\") { nodeCount } }", "NOT_FOUND");
		assertCode("{ analysis { centrality(top: 0) { betweenness } } }", "BAD_THRESHOLD");
		assertCode("{ analysis { personCentrality(top: 101) { betweenness } } }", "BAD_THRESHOLD");
		assertCode("{ analysis(scope: NETWORK) { nodeCount } }", "BAD_USER_INPUT");
	}

	@Test
	void namesABridgeBetweenTheInternalAndExternalNetworksOfHerne() {
		replaceFixture(PREFIX, null);
		GraphQlTester.Response response = graphQl().document("""
				{ analysis { nodeCount articulationPoints { id }
				  internalExternalCut { separable size institutions { id } persons { id } } } }
				""").execute();
		response.errors().verify();
		response.path("analysis.articulationPoints").entityList(Object.class).hasSizeGreaterThan(0);
		response.path("analysis.internalExternalCut.separable").entity(Boolean.class).isEqualTo(true);
		response.path("analysis.internalExternalCut")
			.entity(Map.class)
			.satisfies((cut) -> assertThat((Integer) cut.get("size")).isPositive()
				.isEqualTo(((List<?>) cut.get("institutions")).size() + ((List<?>) cut.get("persons")).size()));
	}

	private GraphQlTester.Response analyse(String network, String selection) {
		GraphQlTester.Response response = graphQl()
			.document("query($network: ID) { analysis(scope: NETWORK, network: $network) { %s } }".formatted(selection))
			.variable("network", network)
			.execute();
		response.errors().verify();
		return response;
	}

	private void assertCode(String document, String code) {
		graphQl().document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

}
