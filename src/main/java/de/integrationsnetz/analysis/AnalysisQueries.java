package de.integrationsnetz.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.integrationsnetz.graph.Validity;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the network analysis: the projection, loaded in one query, and the cheap
 * fingerprint that tells whether the graph has changed since.
 */
@Component
class AnalysisQueries {

	/** How far back an event still ties its participants to each other. */
	static final int EVENT_MONTHS = 24;

	/**
	 * The projection in one round trip. Nodes: persons, departments, organisations,
	 * networks, working groups that are not archived. Ties (each row a pair of ids and a
	 * kind), all through current relationships between such nodes: MEMBER_OF, PART_OF,
	 * WORKS_IN, WORKS_FOR directly; two parties of one ACTIVE contract valid today; two
	 * participants of one event held in the last {@value #EVENT_MONTHS} months (pairs, so
	 * the events themselves are not nodes). Network kinds come along for the
	 * internal/external cut.
	 */
	private static final String PROJECTION = """
			CALL () {
			  MATCH (n:Person|Department|Organisation|Network|WorkingGroup)
			  WHERE n:Entity AND coalesce(n.archived, false) = false
			  RETURN collect([n.id, n.name,
			    CASE WHEN n:Person THEN 'PERSON' WHEN n:Department THEN 'DEPARTMENT'
			      WHEN n:Organisation THEN 'ORGANISATION' WHEN n:Network THEN 'NETWORK' ELSE 'WORKING_GROUP' END,
			    CASE WHEN n:Network THEN n.kind END]) AS nodes
			}
			CALL () {
			  MATCH (a)-[r:MEMBER_OF|PART_OF|WORKS_IN|WORKS_FOR]->(b)
			  WHERE %1$s
			    AND (a:Person|Department|Organisation|WorkingGroup) AND (b:Department|Organisation|Network|WorkingGroup)
			    AND coalesce(a.archived, false) = false AND coalesce(b.archived, false) = false
			  RETURN collect([a.id, b.id, CASE type(r)
			    WHEN 'MEMBER_OF' THEN 'MEMBERSHIP'
			    WHEN 'PART_OF' THEN CASE WHEN a:WorkingGroup THEN 'WORKING_GROUP' ELSE 'SUB_UNIT' END
			    ELSE 'EMPLOYMENT' END]) AS direct
			}
			CALL () {
			  MATCH (c:Contract {status: 'ACTIVE'})
			  WHERE coalesce(c.archived, false) = false
			    AND (c.validFrom IS NULL OR c.validFrom <= $today) AND (c.validUntil IS NULL OR c.validUntil >= $today)
			  MATCH (a:Person|Department|Organisation)-[r1:PARTY_TO]->(c)<-[r2:PARTY_TO]-(b:Person|Department|Organisation)
			  WHERE a.id < b.id AND %2$s AND %3$s
			    AND coalesce(a.archived, false) = false AND coalesce(b.archived, false) = false
			  RETURN collect(DISTINCT [a.id, b.id, 'CONTRACT']) AS contracts
			}
			CALL () {
			  MATCH (e:Event)
			  WHERE coalesce(e.archived, false) = false AND e.date <= $today AND e.date > $today - duration({months: $eventMonths})
			  MATCH (a:Person|Department|Organisation)-[r1:PARTICIPATED_IN]->(e)<-[r2:PARTICIPATED_IN]-(b:Person|Department|Organisation)
			  WHERE a.id < b.id AND %2$s AND %3$s
			    AND coalesce(a.archived, false) = false AND coalesce(b.archived, false) = false
			  RETURN collect(DISTINCT [a.id, b.id, 'EVENT']) AS events
			}
			RETURN nodes, direct + contracts + events AS ties
			"""
		.formatted(Validity.current("r"), Validity.current("r1"), Validity.current("r2"));

	/**
	 * Whether the graph has changed: every write through the application is audited
	 * (count and time of the last entry); the node and relationship counts, read from the
	 * count store, catch creations and deletions that bypassed the audit trail.
	 */
	private static final String FINGERPRINT = """
			MATCH (a:AuditEntry)
			WITH count(a) AS entries, max(a.at) AS last
			CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS ties }
			RETURN entries, toString(last) AS last, nodes, ties
			""";

	private final Neo4jClient client;

	private final Clock clock;

	AnalysisQueries(Neo4jClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * Today, for the validity of ties.
	 * @return today
	 */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The state of the graph as of today; equal fingerprints mean an unchanged graph.
	 * @return the fingerprint
	 */
	String fingerprint() {
		LocalDate today = today();
		return this.client.query(FINGERPRINT)
			.fetchAs(String.class)
			.mappedBy((types, row) -> today + "|" + row.get("entries").asLong() + "|" + row.get("last").asString(null)
					+ "|" + row.get("nodes").asLong() + "|" + row.get("ties").asLong())
			.one()
			.orElseThrow();
	}

	/**
	 * Loads the projection as of today with one query.
	 * @return the projection
	 */
	Projection projection() {
		return this.client.query(PROJECTION)
			.bindAll(Map.of("today", today(), "eventMonths", EVENT_MONTHS))
			.fetchAs(Projection.class)
			.mappedBy((types, row) -> toProjection(row.get("nodes"), row.get("ties")))
			.one()
			.orElseThrow();
	}

	private static Projection toProjection(Value nodeRows, Value tieRows) {
		Map<String, Projection.Node> nodes = new TreeMap<>();
		Map<String, String> networkKinds = new TreeMap<>();
		for (Value row : nodeRows.values()) {
			String id = row.get(0).asString();
			AnalysisNodeType type = AnalysisNodeType.valueOf(row.get(2).asString());
			nodes.put(id, new Projection.Node(id, row.get(1).asString(id), type));
			if (type == AnalysisNodeType.NETWORK) {
				networkKinds.put(id, row.get(3).asString(""));
			}
		}
		Map<List<String>, Set<TieKind>> ties = new TreeMap<>(
				Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing((pair) -> pair.get(1)));
		for (Value row : tieRows.values()) {
			String a = row.get(0).asString();
			String b = row.get(1).asString();
			if (a.equals(b) || !nodes.containsKey(a) || !nodes.containsKey(b)) {
				continue;
			}
			List<String> pair = (a.compareTo(b) < 0) ? List.of(a, b) : List.of(b, a);
			ties.computeIfAbsent(pair, (key) -> EnumSet.noneOf(TieKind.class))
				.add(TieKind.valueOf(row.get(2).asString()));
		}
		List<Projection.Tie> list = new ArrayList<>();
		ties.forEach((pair, kinds) -> list.add(new Projection.Tie(pair.get(0), pair.get(1), kinds)));
		return new Projection(new LinkedHashMap<>(nodes), List.copyOf(list), networkKinds);
	}

}
