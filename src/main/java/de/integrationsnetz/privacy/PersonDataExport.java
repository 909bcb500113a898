package de.integrationsnetz.privacy;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GraphQL {@code PersonDataExport}: everything stored about one person (Art. 15 DSGVO).
 *
 * @param id the person's id
 * @param exportedAt when, ISO 8601 in UTC
 * @param properties every stored property, by name
 * @param relationships every relationship in either direction
 * @param auditEntries the audit entries concerning the person, newest first
 * @param json the same as one JSON document
 */
record PersonDataExport(String id, String exportedAt, List<StoredValue> properties,
		List<StoredRelationship> relationships, List<AuditLine> auditEntries, String json) {

	/** The {@code format} member of the JSON document. */
	static final String FORMAT = "integrationsnetz-person/1";

	/**
	 * GraphQL {@code StoredValue}.
	 *
	 * @param name the property
	 * @param value its value as text, or null
	 */
	record StoredValue(String name, String value) {
	}

	/**
	 * GraphQL {@code StoredRelationship}.
	 *
	 * @param type the relationship type
	 * @param direction {@code OUTGOING} or {@code INCOMING}
	 * @param otherId the other end's id
	 * @param otherType the other end's type
	 * @param otherName the other end's name
	 * @param otherArchived whether the other end is archived
	 * @param properties the relationship's properties
	 */
	record StoredRelationship(String type, String direction, String otherId, String otherType, String otherName,
			boolean otherArchived, List<StoredValue> properties) {
	}

	/**
	 * GraphQL {@code AuditEntry}, as the export shows it.
	 *
	 * @param id the entry's id
	 * @param at when
	 * @param principal who
	 * @param action what
	 * @param entityType which type
	 * @param entityId which entity
	 * @param changes the changed fields
	 */
	record AuditLine(String id, String at, String principal, String action, String entityType, String entityId,
			List<FieldValue> changes) {
	}

	/**
	 * GraphQL {@code FieldChange}.
	 *
	 * @param field the field
	 * @param before the value before, as text
	 * @param after the value after, as text
	 */
	record FieldValue(String field, String before, String after) {
	}

	/**
	 * Stored values as text, sorted by name.
	 * @param properties name to value
	 * @return the values
	 */
	static List<StoredValue> values(Map<String, ?> properties) {
		List<StoredValue> values = new ArrayList<>();
		new TreeMap<>(properties).forEach((name, value) -> values.add(new StoredValue(name, text(value))));
		return values;
	}

	/**
	 * The document for {@link #json}: members in a fixed order, values as JSON can hold
	 * them (dates as ISO text).
	 * @param id the person's id
	 * @param exportedAt when
	 * @param properties the stored properties
	 * @param relationships the relationships
	 * @param auditEntries the audit entries
	 * @return the document
	 */
	static Map<String, Object> document(String id, String exportedAt, Map<String, Object> properties,
			List<StoredRelationship> relationships, List<AuditLine> auditEntries) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("id", id);
		document.put("exportedAt", exportedAt);
		Map<String, Object> plain = new TreeMap<>();
		properties.forEach((name, value) -> plain.put(name, plain(value)));
		document.put("properties", plain);
		List<Map<String, Object>> ties = new ArrayList<>();
		for (StoredRelationship relationship : relationships) {
			Map<String, Object> tie = new LinkedHashMap<>();
			tie.put("type", relationship.type());
			tie.put("direction", relationship.direction());
			tie.put("otherId", relationship.otherId());
			tie.put("otherType", relationship.otherType());
			tie.put("otherName", relationship.otherName());
			tie.put("otherArchived", relationship.otherArchived());
			Map<String, Object> values = new LinkedHashMap<>();
			relationship.properties().forEach((value) -> values.put(value.name(), value.value()));
			tie.put("properties", values);
			ties.add(tie);
		}
		document.put("relationships", ties);
		document.put("auditEntries", auditEntries);
		return document;
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		return value.toString();
	}

	private static Object plain(Object value) {
		return (value instanceof TemporalAccessor) ? value.toString() : value;
	}

}
