package de.integrationsnetz.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.Connection;
import de.integrationsnetz.graph.PageRequest;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code changes}: the audit trail, newest first, filtered and paged.
 */
@Controller
class AuditController {

	/**
	 * The entries that match, newest first, counted and cut to the page in one query; the
	 * range index on {@code at} serves the time filter.
	 */
	private static final String CHANGES = """
			MATCH (a:AuditEntry)
			WHERE ($since IS NULL OR a.at >= $since) AND ($until IS NULL OR a.at < $until)
			  AND ($entityType IS NULL OR a.entityType = $entityType)
			  AND ($entityId IS NULL OR a.entityId = $entityId)
			WITH a ORDER BY a.at DESC, a.id
			WITH collect(a) AS entries
			RETURN size(entries) AS total, entries[$offset..$offset + $limit] AS page
			""";

	private final Neo4jClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditController(Neo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	AuditEntryConnection changes(@Argument LocalDate since, @Argument LocalDate until, @Argument String entityType,
			@Argument String entityId, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", (since != null) ? since.atStartOfDay().atOffset(ZoneOffset.UTC) : null);
		parameters.put("until", (until != null) ? until.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC) : null);
		parameters.put("entityType", entityType);
		parameters.put("entityId", entityId);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		record Rows(int total, List<AuditEntry> entries) {
		}
		Rows rows = this.client.query(CHANGES)
			.bindAll(parameters)
			.fetchAs(Rows.class)
			.mappedBy((types, row) -> new Rows(row.get("total").asInt(), row.get("page").asList(this::entry)))
			.one()
			.orElse(new Rows(0, List.of()));
		List<AuditEntryEdge> edges = new ArrayList<>();
		for (int i = 0; i < rows.entries().size(); i++) {
			edges.add(new AuditEntryEdge(page.cursor(i), rows.entries().get(i)));
		}
		return new AuditEntryConnection(rows.total(), page.pageInfo(edges.size(), rows.total()), edges);
	}

	private AuditEntry entry(Value value) {
		var node = value.asNode();
		List<FieldChange> changes = new ArrayList<>();
		for (JsonNode change : this.json.readTree(node.get("changes").asString())) {
			changes.add(new FieldChange(change.get("field").asString(), text(change.get("before")),
					text(change.get("after"))));
		}
		return new AuditEntry(node.get("id").asString(), node.get("at").asOffsetDateTime().toString(),
				node.get("principal").asString(), node.get("action").asString(), node.get("entityType").asString(),
				node.get("entityId").asString(), changes);
	}

	private static String text(JsonNode value) {
		return (value == null || value.isNull()) ? null : value.isString() ? value.asString() : value.toString();
	}

	/**
	 * GraphQL {@code AuditEntryConnection}.
	 *
	 * @param totalCount all matching entries
	 * @param pageInfo the page's position
	 * @param edges the page
	 */
	record AuditEntryConnection(int totalCount, Connection.PageInfo pageInfo, List<AuditEntryEdge> edges) {
	}

	/**
	 * GraphQL {@code AuditEntryEdge}.
	 *
	 * @param cursor the position
	 * @param node the entry
	 */
	record AuditEntryEdge(String cursor, AuditEntry node) {
	}

	/**
	 * GraphQL {@code AuditEntry}.
	 *
	 * @param id the entry's id
	 * @param at when
	 * @param principal who
	 * @param action what
	 * @param entityType which type
	 * @param entityId which entity
	 * @param changes the changed fields
	 */
	record AuditEntry(String id, String at, String principal, String action, String entityType, String entityId,
			List<FieldChange> changes) {
	}

	/**
	 * GraphQL {@code FieldChange}.
	 *
	 * @param field the field
	 * @param before the value before
	 * @param after the value after
	 */
	record FieldChange(String field, String before, String after) {
	}

}
