package de.integrationsnetz.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Records every write in the graph as an {@code AuditEntry} node: who (the principal),
 * when, what was done to which entity, and the before and after of each changed field.
 * Call it inside the write's transaction, so the entry and the change are committed
 * together or not at all.
 */
@Component
public class AuditTrail {

	private final Neo4jClient client;

	/** Real time, also where "today" is fixed for demonstrations. */
	private final Clock clock = Clock.systemUTC();

	private final AuditProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(Neo4jClient client, AuditProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	/**
	 * A changed field.
	 *
	 * @param field the property or relationship field
	 * @param before the value before, or null
	 * @param after the value after, or null
	 */
	public record Change(String field, Object before, Object after) {
	}

	/**
	 * The changed fields between two states of an entity or relationship.
	 * @param before the properties before (empty for a new entity)
	 * @param after the properties after
	 * @return one change per field whose value differs, in field order
	 */
	public static List<Change> diff(Map<String, Object> before, Map<String, Object> after) {
		List<Change> changes = new ArrayList<>();
		for (String field : new TreeSet<>(union(before, after))) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, old, now));
			}
		}
		return changes;
	}

	private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
		java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
		keys.addAll(b.keySet());
		return keys;
	}

	/**
	 * A write to record with {@link #recordAll}.
	 *
	 * @param entityType the entity's type, e.g. {@code Person}, or the relationship type
	 * @param entityId the entity's id (for a relationship: the id of its start)
	 * @param changes the changed fields
	 */
	public record Entry(String entityType, String entityId, List<Change> changes) {
	}

	/**
	 * Records one write, in the caller's transaction.
	 * @param action what was done, e.g. {@code CREATE}, {@code UPDATE}, {@code ARCHIVE},
	 * {@code LINK}, {@code END_LINK}, {@code IMPORT}
	 * @param entityType the entity's type, e.g. {@code Person}, or the relationship type
	 * @param entityId the entity's id (for a relationship: the id of its start)
	 * @param changes the changed fields
	 */
	public void record(String action, String entityType, String entityId, List<Change> changes) {
		recordAll(action, List.of(new Entry(entityType, entityId, changes)));
	}

	/**
	 * Records many writes of one action with one query, in the caller's transaction: one
	 * {@code AuditEntry} per entry, of the same shape as {@link #record} makes, all with
	 * the same time and principal. Nothing is sent for no entries.
	 * @param action what was done, e.g. {@code IMPORT}
	 * @param entries the writes
	 */
	public void recordAll(String action, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Entry entry : entries) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("entityType", entry.entityType());
			row.put("entityId", entry.entityId());
			row.put("changes", changesJson(entry.changes()));
			rows.add(row);
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("at", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		parameters.put("principal", principal());
		parameters.put("action", action);
		parameters.put("entries", rows);
		this.client.query("""
				UNWIND $entries AS entry
				CREATE (:AuditEntry {id: randomUUID(), at: $at, principal: $principal, action: $action,
				  entityType: entry.entityType, entityId: entry.entityId, changes: entry.changes})
				""").bindAll(parameters).run();
	}

	/**
	 * Who is writing: the signed-in user, token or widget key of the current request, or
	 * the configured principal for the command line and start-up (seed).
	 * @return the principal's name
	 */
	public String principal() {
		org.springframework.security.core.Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
			return authentication.getName();
		}
		return this.properties.principal();
	}

	/** The changed fields as the JSON text an entry stores. */
	private String changesJson(List<Change> changes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Change change : changes) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("field", change.field());
			row.put("before", plain(change.before()));
			row.put("after", plain(change.after()));
			rows.add(row);
		}
		return this.json.writeValueAsString(rows);
	}

	/** Values as JSON can hold them: dates as ISO text, everything else as it is. */
	private static Object plain(Object value) {
		if (value instanceof LocalDate || value instanceof OffsetDateTime) {
			return value.toString();
		}
		return value;
	}

}
