package de.integrationsnetz.reach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;
import de.integrationsnetz.graph.TieProperties;
import de.integrationsnetz.graph.Validity;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * The Cypher of reach: introduction paths between people, and an organisation's delegates
 * per network. Every tie these queries walk must be current today (see
 * {@code de.integrationsnetz.graph.Validity}); "today" comes from the application's
 * {@link Clock}.
 */
@Component
class ReachQueries {

	/** The longest introduction path searched for, in hops. */
	static final int MAX_HOPS = 6;

	/**
	 * The entities with the given ids, to tell an unknown id from one of the wrong type
	 * before searching, in one round trip for both ends of a path.
	 */
	private static final String NODES = """
			MATCH (n:Entity) WHERE n.id IN $ids
			RETURN n
			""";

	/**
	 * The shortest introduction paths between two entities. {@code ALL SHORTEST} finds
	 * every path of the least length, and the relationship types and the validity check
	 * sit in the pattern itself, so ended or future ties are never walked rather than
	 * filtered out afterwards (which could drop a short path and miss the longer one that
	 * is current); archived entities are not passed through. The ties are undirected: a
	 * chain goes up from a person to a network and down to the next member. Paths with
	 * the same nodes and tie kinds (two current memberships of one pair, say) count once.
	 * The order by node ids, then tie kinds, makes the three that are kept the same on
	 * every call.
	 *
	 * <p>
	 * The upper bound of the quantifier ({@code %d}) is the only part not bound as a
	 * parameter: Cypher cannot take a variable-length bound from a parameter. It is
	 * formatted from an {@code int} that {@link #shortestPaths} has checked to be 1 to
	 * {@value #MAX_HOPS}, never from client text.
	 */
	private static final String SHORTEST_PATHS = """
			MATCH (from:Entity {id: $from}), (to:Person {id: $to})
			MATCH path = ALL SHORTEST (from)(()-[tie:MEMBER_OF|WORKS_IN|WORKS_FOR|PART_OF
			    WHERE %s]-(step WHERE coalesce(step.archived, false) = false)){1,%%d}(to)
			WITH path, [n IN nodes(path) | n.id] AS nodeIds, [t IN relationships(path) | type(t)] AS tieKinds
			ORDER BY nodeIds, tieKinds, [t IN relationships(path) | t.since]
			WITH nodeIds, tieKinds, collect(path)[0] AS path
			ORDER BY nodeIds, tieKinds
			LIMIT 3
			RETURN nodes(path) AS nodes, relationships(path) AS ties
			""".formatted(Validity.current("tie"));

	/**
	 * Every parent organisation's current networks, each with the persons who currently
	 * work for the organisation and are current members of that network: the delegates.
	 * All organisations of a request in one round trip (the parents are unwound), so
	 * {@code Organisation.networkContacts} costs one query however many organisations a
	 * page holds. The subqueries aggregate, so a network without delegates still yields a
	 * row (with no persons) and an organisation without networks an empty list.
	 */
	private static final String NETWORK_CONTACTS = """
			UNWIND $ids AS organisationId
			MATCH (organisation:Organisation {id: organisationId})
			CALL (organisation) {
			  MATCH (organisation)-[membership:MEMBER_OF]->(network:Network)
			  WHERE %s AND coalesce(network.archived, false) = false
			  WITH DISTINCT network
			  CALL (organisation, network) {
			    OPTIONAL MATCH (organisation)<-[employment:WORKS_FOR]-(person:Person)-[delegation:MEMBER_OF]->(network)
			    WHERE %s AND %s AND coalesce(person.archived, false) = false
			    WITH DISTINCT person ORDER BY person.searchName, person.id
			    RETURN collect(person) AS persons
			  }
			  WITH network, persons ORDER BY network.searchName, network.id
			  RETURN collect({network: network, persons: persons}) AS contacts
			}
			RETURN organisationId, contacts
			""".formatted(Validity.current("membership"), Validity.current("employment"),
			Validity.current("delegation"));

	private final Neo4jClient client;

	private final Clock clock;

	ReachQueries(Neo4jClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * The entities with these ids.
	 * @param ids the slugs
	 * @return the entities found, by id; unknown ids are missing
	 */
	Map<String, GraphNode> findNodes(Collection<String> ids) {
		Map<String, GraphNode> found = new HashMap<>();
		this.client.query(NODES)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> GraphQueries.toGraphNode(row.get("n").asNode()))
			.all()
			.forEach((node) -> found.put(node.id(), node));
		return found;
	}

	/**
	 * The shortest introduction paths from one entity to a person, at most three.
	 * @param from the id of the start, an existing person or department
	 * @param to the id of the person to reach, not {@code from}
	 * @param maxHops the longest path to look for, 1 to {@value #MAX_HOPS}
	 * @return the paths of the least length, or none if no path is that short
	 */
	List<IntroductionPath> shortestPaths(String from, String to, int maxHops) {
		Assert.isTrue(maxHops >= 1 && maxHops <= MAX_HOPS, () -> "maxHops out of range: " + maxHops);
		// maxHops is a validated int, the only value not bound as a parameter (see the
		// Javadoc of SHORTEST_PATHS)
		String cypher = SHORTEST_PATHS.formatted(maxHops);
		return List.copyOf(this.client.query(cypher)
			.bindAll(Map.of("from", from, "to", to, "today", today()))
			.fetchAs(IntroductionPath.class)
			.mappedBy((types, row) -> toPath(row.get("nodes").asList(Value::asNode),
					row.get("ties").asList(Value::asRelationship)))
			.all());
	}

	/**
	 * The delegates of many organisations per network, in one round trip.
	 * @param organisationIds the ids of the organisations
	 * @return each organisation's contacts by id, networks ordered by name
	 */
	Map<String, List<NetworkContact>> networkContacts(Collection<String> organisationIds) {
		Map<String, List<NetworkContact>> result = new LinkedHashMap<>();
		this.client.query(NETWORK_CONTACTS)
			.bindAll(Map.of("ids", List.copyOf(organisationIds), "today", today()))
			.fetchAs(OrganisationContacts.class)
			.mappedBy((types, row) -> new OrganisationContacts(row.get("organisationId").asString(),
					row.get("contacts").asList(ReachQueries::toNetworkContact)))
			.all()
			.forEach((contacts) -> result.put(contacts.organisationId(), contacts.contacts()));
		return result;
	}

	private record OrganisationContacts(String organisationId, List<NetworkContact> contacts) {
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static NetworkContact toNetworkContact(Value value) {
		return new NetworkContact(GraphQueries.toGraphNode(value.get("network").asNode()),
				value.get("persons").asList((person) -> GraphQueries.toGraphNode(person.asNode())));
	}

	private static IntroductionPath toPath(List<Node> nodes, List<Relationship> ties) {
		List<IntroductionStep> steps = new ArrayList<>();
		steps.add(IntroductionStep.start(GraphQueries.toGraphNode(nodes.get(0))));
		for (int i = 0; i < ties.size(); i++) {
			Relationship tie = ties.get(i);
			TieKind kind = TieKind.valueOf(tie.type());
			TieDirection direction = tie.startNodeElementId().equals(nodes.get(i).elementId()) ? TieDirection.FORWARD
					: TieDirection.BACKWARD;
			TieProperties properties = new TieProperties(tie.type(), localDate(tie.get("since")),
					localDate(tie.get("until")), string(tie.get("role")), string(tie.get("function")), null);
			steps.add(new IntroductionStep(GraphQueries.toGraphNode(nodes.get(i + 1)), kind, direction,
					kind.label(direction), properties));
		}
		return new IntroductionPath(ties.size(), List.copyOf(steps));
	}

	private static LocalDate localDate(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

}
