package de.integrationsnetz.reach;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static de.integrationsnetz.reach.Fixture.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Organisation.networkContacts} on a fixture graph with known answers, beside the
 * Herne seed, and on the seed: an organisation's current delegates per current network,
 * loaded in one query for all organisations of a request. Today is {@value #TODAY}.
 */
class NetworkContactsTests extends GraphIntegrationTest {

	private static final LocalDate ENDED_SINCE = LocalDate.parse("2019-01-01");

	private static final LocalDate ENDED_UNTIL = LocalDate.parse("2024-12-31");

	@Autowired
	private Neo4jClient neo4j;

	@BeforeEach
	void createFixture() {
		new Fixture().node("Organisation", "nc-org-a", "Reach Test Träger A", "kind", "ASSOCIATION")
			.node("Organisation", "nc-org-b", "Reach Test Träger B", "kind", "CHURCH")
			.node("Network", "nc-net-1", "Reach Test Netz Eins", "kind", "EXTERNAL")
			.node("Network", "nc-net-2", "Reach Test Netz Zwei", "kind", "EXTERNAL")
			.node("Network", "nc-net-old", "Reach Test Netz Alt", "kind", "EXTERNAL")
			.node("WorkingGroup", "nc-wg", "Reach Test AG", "status", "OPEN")
			.node("Person", "nc-ada", "Ada Delegierte")
			.node("Person", "nc-bert", "Bert Delegierter")
			.node("Person", "nc-carla", "Carla Ehemalige")
			.node("Person", "nc-dieter", "Dieter Ausgetreten")
			.node("Person", "nc-eva", "Eva Anderswo")
			// A belongs to two networks now, one in the past, and a working group
			.tie("nc-org-a", "MEMBER_OF", "nc-net-1")
			.tie("nc-org-a", "MEMBER_OF", "nc-net-2")
			.tie("nc-org-a", "MEMBER_OF", "nc-net-old", ENDED_SINCE, ENDED_UNTIL, "Mitglied")
			.tie("nc-org-a", "MEMBER_OF", "nc-wg")
			.tie("nc-org-b", "MEMBER_OF", "nc-net-1")
			// Ada and Bert work for A and are members: delegates
			.tie("nc-ada", "WORKS_FOR", "nc-org-a")
			.tie("nc-ada", "MEMBER_OF", "nc-net-1", null, null, "Delegierte")
			.tie("nc-ada", "MEMBER_OF", "nc-net-2", null, null, "Delegierte")
			.tie("nc-bert", "WORKS_FOR", "nc-org-a")
			.tie("nc-bert", "MEMBER_OF", "nc-net-1", null, null, "Vertretung")
			// Carla no longer works for A; Dieter left network 2 and is only in the
			// working
			// group; Eva is a member but works for neither
			.tie("nc-carla", "WORKS_FOR", "nc-org-a", ENDED_SINCE, ENDED_UNTIL, null)
			.tie("nc-carla", "MEMBER_OF", "nc-net-2")
			.tie("nc-dieter", "WORKS_FOR", "nc-org-a")
			.tie("nc-dieter", "MEMBER_OF", "nc-net-2", ENDED_SINCE, ENDED_UNTIL, null)
			.tie("nc-dieter", "MEMBER_OF", "nc-wg")
			.tie("nc-eva", "MEMBER_OF", "nc-net-1")
			.tie("nc-ada", "MEMBER_OF", "nc-net-old", ENDED_SINCE, ENDED_UNTIL, null)
			.create(this.neo4j);
	}

	@AfterEach
	void deleteFixture() {
		Fixture.deleteAll(this.neo4j);
	}

	@Test
	void listsTheCurrentDelegatesOfEachCurrentNetwork() {
		Map<String, List<String>> contacts = contactsOf(id("nc-org-a"));
		assertThat(contacts).containsExactly(
				Map.entry("Reach Test Netz Eins", List.of("Ada Delegierte", "Bert Delegierter")),
				Map.entry("Reach Test Netz Zwei", List.of("Ada Delegierte")));
	}

	@Test
	void leavesArchivedDelegatesAndNetworksOut() {
		this.neo4j.query("MATCH (n:Entity) WHERE n.id IN [$bert, $net2] SET n.archived = true")
			.bindAll(Map.of("bert", id("nc-bert"), "net2", id("nc-net-2")))
			.run();
		assertThat(contactsOf(id("nc-org-a")))
			.containsExactly(Map.entry("Reach Test Netz Eins", List.of("Ada Delegierte")));
	}

	@Test
	void listsANetworkWithoutDelegateWithNoPersons() {
		assertThat(contactsOf(id("nc-org-b"))).containsExactly(Map.entry("Reach Test Netz Eins", List.of()));
	}

	@Test
	void answersOrganisationsOfTheSeedWithTheirDelegates() {
		// Quinn Annahme's work for the Caritas ended in 2023; René Vorschau represents it
		assertThat(contactsOf("caritas-herne")).containsExactly(
				Map.entry("Externes Netzwerk Integration", List.of("René Vorschau")),
				Map.entry("Trägerübergreifendes Netzwerk Integrationskurse und Migrationserstberatung",
						List.of("René Vorschau")));
	}

	@Test
	void loadsTheContactsOfManyOrganisationsInOneQuery() {
		this.cypherCounter.reset();
		GraphQlTester.Response response = graphQl().document("""
				{
				  organisations(first: 20) {
				    edges { node { id networkContacts { network { name } persons { name } } } }
				  }
				}
				""").execute();
		response.errors().verify();
		int queries = this.cypherCounter.count();
		List<Map<String, Object>> organisations = response.path("organisations.edges[*].node").entityList(MAP).get();
		assertThat(organisations).hasSizeGreaterThan(5);
		assertThat(organisations)
			.anySatisfy((organisation) -> assertThat((List<?>) organisation.get("networkContacts")).isNotEmpty());
		assertThat(queries).as("Cypher queries for a page of organisations with their contacts").isLessThanOrEqualTo(3);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static final Class<Map<String, Object>> MAP = (Class) Map.class;

	/**
	 * The organisation's contacts as network name to person names, in the order the API
	 * gives them.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, List<String>> contactsOf(String organisationId) {
		GraphQlTester.Response response = graphQl().document("""
				query Contacts($id: ID!) {
				  node(id: $id) {
				    ... on Organisation { networkContacts { network { name } persons { name } } }
				  }
				}
				""").variable("id", organisationId).execute();
		response.errors().verify();
		List<Map<String, Object>> contacts = response.path("node.networkContacts").entityList(MAP).get();
		Map<String, List<String>> result = new LinkedHashMap<>();
		for (Map<String, Object> contact : contacts) {
			String network = (String) ((Map<String, Object>) contact.get("network")).get("name");
			List<String> persons = ((List<Map<String, Object>>) contact.get("persons")).stream()
				.map((person) -> (String) person.get("name"))
				.toList();
			result.put(network, persons);
		}
		return result;
	}

}
