package de.integrationsnetz.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.integrationsnetz.graph.Connection;
import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;
import de.integrationsnetz.graph.PageRequest;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the personal-data feature: entries due for review, everything stored
 * about a person, the audit entries that concern them, and the writes of an erasure.
 * Every value from a client is a bound parameter.
 */
@Component
class PrivacyQueries {

	/**
	 * Persons not confirmed since a day, never confirmed first, then the oldest review;
	 * the range index on {@code reviewedOn} serves the date condition. Counted and cut to
	 * the page in one query.
	 */
	private static final String REVIEW_DUE = """
			MATCH (node:Person)
			WHERE coalesce(node.archived, false) = false AND (node.reviewedOn IS NULL OR node.reviewedOn < $before)
			WITH node ORDER BY node.reviewedOn IS NOT NULL, node.reviewedOn, node.searchName, node.id
			WITH collect(node) AS nodes
			RETURN size(nodes) AS total, nodes[$offset..$offset + $limit] AS page
			""";

	/**
	 * Every relationship of a person in either direction, whatever its validity and
	 * whether the other end is archived: what the person's data includes.
	 */
	private static final String RELATIONSHIPS = """
			MATCH (p:Person {id: $id})-[r]-(other)
			RETURN type(r) AS type, startNode(r) = p AS outgoing, properties(r) AS properties,
			  other.id AS otherId, [label IN labels(other) WHERE label <> 'Entity'][0] AS otherType,
			  other.name AS otherName, coalesce(other.archived, false) AS otherArchived
			ORDER BY type, otherId, r.since
			""";

	/**
	 * The audit entries that concern a person: about them (their id as the entity),
	 * recorded with them as principal, or mentioning one of their values in a before or
	 * after. The values are searched as they are written inside the JSON text of
	 * {@code changes}. Newest first. A scan of all entries, which only the rare export
	 * and erasure need.
	 */
	private static final String AUDIT_ENTRIES = """
			MATCH (a:AuditEntry)
			WHERE a.entityId = $id OR a.principal IN $values OR any(text IN $jsonValues WHERE a.changes CONTAINS text)
			RETURN a ORDER BY a.at DESC, a.id
			""";

	private final Neo4jClient client;

	private final GraphQueries graph;

	PrivacyQueries(Neo4jClient client, GraphQueries graph) {
		this.client = client;
		this.graph = graph;
	}

	/**
	 * A page of the persons due for review.
	 * @param before a review on or after this day holds
	 * @param page which part to read
	 * @return the page as a connection
	 */
	Connection reviewDue(LocalDate before, PageRequest page) {
		record Rows(int total, List<GraphNode> nodes) {
		}
		Rows rows = this.client.query(REVIEW_DUE)
			.bindAll(Map.of("before", before, "offset", page.offset(), "limit", page.limit()))
			.fetchAs(Rows.class)
			.mappedBy((types, row) -> new Rows(row.get("total").asInt(),
					row.get("page").asList((value) -> GraphQueries.toGraphNode(value.asNode()))))
			.one()
			.orElse(new Rows(0, List.of()));
		List<Connection.Edge> edges = new ArrayList<>();
		for (int i = 0; i < rows.nodes().size(); i++) {
			edges.add(new Connection.Edge(page.cursor(i), rows.nodes().get(i), null));
		}
		return new Connection(rows.total(), edges, page.pageInfo(edges.size(), rows.total()));
	}

	/**
	 * A person by id.
	 * @param id the id
	 * @param lock whether to take the node's write lock for the rest of the transaction
	 * @return the person with all stored properties, if a person has the id
	 */
	Optional<GraphNode> person(String id, boolean lock) {
		return (lock ? this.graph.lockForWrite(id) : this.graph.findNode(id))
			.filter((node) -> "Person".equals(node.type()));
	}

	/**
	 * Every relationship of a person.
	 * @param id the person's id
	 * @return the relationships, by type and other end
	 */
	List<PersonDataExport.StoredRelationship> relationships(String id) {
		return List.copyOf(this.client.query(RELATIONSHIPS)
			.bind(id)
			.to("id")
			.fetchAs(PersonDataExport.StoredRelationship.class)
			.mappedBy((types, row) -> new PersonDataExport.StoredRelationship(row.get("type").asString(),
					row.get("outgoing").asBoolean() ? "OUTGOING" : "INCOMING", row.get("otherId").asString(null),
					row.get("otherType").asString(null), row.get("otherName").asString(null),
					row.get("otherArchived").asBoolean(), PersonDataExport.values(row.get("properties").asMap())))
			.all());
	}

	/**
	 * The audit entries that concern a person, newest first.
	 * @param id the person's id
	 * @param values the person's identifying values (id, name, e-mail, phone)
	 * @param jsonValues the same as they appear inside JSON text
	 * @return the stored entries
	 */
	List<StoredAuditEntry> auditEntries(String id, List<String> values, List<String> jsonValues) {
		return List.copyOf(this.client.query(AUDIT_ENTRIES)
			.bindAll(Map.of("id", id, "values", values, "jsonValues", jsonValues))
			.fetchAs(StoredAuditEntry.class)
			.mappedBy((types, row) -> StoredAuditEntry.of(row.get("a")))
			.all());
	}

	/**
	 * Deletes a person with all their relationships.
	 * @param id the person's id
	 * @return how many relationships were deleted
	 */
	int detachDelete(String id) {
		return this.client.query("""
				MATCH (p:Person {id: $id})
				OPTIONAL MATCH (p)-[r]-()
				WITH p, count(r) AS ties
				DETACH DELETE p
				RETURN ties
				""").bind(id).to("id").fetchAs(Integer.class).one().orElse(0);
	}

	/**
	 * Overwrites audit entries with their pseudonymised lines.
	 * @param entries the entries as they are to be stored
	 */
	void rewrite(List<StoredAuditEntry> entries) {
		List<Map<String, Object>> rows = entries.stream()
			.map((entry) -> Map.<String, Object>of("id", entry.id(), "entityId", entry.entityId(), "principal",
					entry.principal(), "changes", entry.changes()))
			.toList();
		this.client.query("""
				UNWIND $rows AS row
				MATCH (a:AuditEntry {id: row.id})
				SET a.entityId = row.entityId, a.principal = row.principal, a.changes = row.changes
				""").bind(rows).to("rows").run();
	}

	/**
	 * An audit entry as stored: {@code changes} is the JSON text of the changed fields.
	 *
	 * @param id the entry's id
	 * @param at when, ISO 8601 in UTC
	 * @param principal who
	 * @param action what
	 * @param entityType which type
	 * @param entityId which entity
	 * @param changes the JSON text of the changed fields
	 */
	record StoredAuditEntry(String id, String at, String principal, String action, String entityType, String entityId,
			String changes) {

		static StoredAuditEntry of(Value value) {
			var node = value.asNode();
			return new StoredAuditEntry(node.get("id").asString(), node.get("at").asOffsetDateTime().toString(),
					node.get("principal").asString(), node.get("action").asString(), node.get("entityType").asString(),
					node.get("entityId").asString(), node.get("changes").asString());
		}

	}

}
