package de.integrationsnetz.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.integrationsnetz.graph.EntityProperty;
import de.integrationsnetz.graph.EntityType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the whole graph: as CSV files in exactly the graph-seed format, or as one JSON
 * document. Both are deterministic (entities sorted by id, relationships by
 * {@code from, to, since, until}), so exporting an unchanged graph twice gives the same
 * bytes, and importing an export into an empty database and exporting again gives the
 * same bytes too. Only the format's columns are exported: versions, derived search names
 * and audit entries are not. Archived entities are exported, with the column
 * {@code archived}; that column is written only in a node file that has an archived
 * entity.
 */
@Component
public class GraphExport {

	/** The {@code format} member of the JSON document. */
	static final String JSON_FORMAT = "integrationsnetz/1";

	/** The file name of the JSON document. */
	static final String JSON_FILE = "integrationsnetz.json";

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	GraphExport(Neo4jClient client, PlatformTransactionManager transactionManager) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
	}

	/**
	 * An exported file.
	 *
	 * @param path the path relative to the export directory, e.g.
	 * {@code nodes/Person.csv}
	 * @param content the text (UTF-8, lines ending in LF)
	 */
	public record ExportFile(String path, String content) {
	}

	/**
	 * The format of an export (GraphQL enum {@code ExportFormat}).
	 */
	public enum ExportFormat {

		/** The graph-seed CSV files. */
		CSV,
		/** One JSON document. */
		JSON

	}

	/**
	 * An export (GraphQL type {@code ExportResult}).
	 *
	 * @param format the format
	 * @param files the files, in format order
	 */
	public record ExportResult(ExportFormat format, List<ExportFile> files) {
	}

	/**
	 * Exports the graph in one read transaction, so the files agree with each other.
	 * @param format CSV or JSON
	 * @return the files: all 31 CSV files, or the one JSON document
	 */
	public ExportResult export(ExportFormat format) {
		Content content = this.transactions.execute((status) -> read());
		List<ExportFile> files = (format == ExportFormat.CSV) ? csv(content)
				: List.of(new ExportFile(JSON_FILE, json(content)));
		return new ExportResult(format, files);
	}

	/** The rows of every file, as column → value, sorted. */
	private record Content(Map<EntityType, List<Map<String, Object>>> nodes,
			Map<RelationshipFile, List<Map<String, Object>>> relationships) {
	}

	/**
	 * Reads every entity and every relationship of the format's types. Labels and types
	 * are constants of the catalogue; rows are sorted here, in Java, so the order does
	 * not depend on the database's collation.
	 */
	private Content read() {
		Map<EntityType, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
		for (EntityType type : EntityType.values()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			this.client
				.query("MATCH (n:Entity:%s) RETURN n.id AS id, properties(n) AS properties".formatted(type.label()))
				.fetch()
				.all()
				.forEach((record) -> {
					Map<?, ?> properties = (Map<?, ?>) record.get("properties");
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("id", record.get("id"));
					for (EntityProperty property : type.allProperties()) {
						row.put(SeedGraph.snakeCase(property.name()), properties.get(property.name()));
					}
					row.put(SeedGraph.ARCHIVED_COLUMN,
							Boolean.TRUE.equals(properties.get(SeedGraph.ARCHIVED_COLUMN)) ? Boolean.TRUE : null);
					rows.add(row);
				});
			rows.sort(Comparator.comparing((row) -> (String) row.get("id")));
			nodes.put(type, rows);
		}
		Map<RelationshipFile, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
		for (RelationshipFile file : RelationshipFile.values()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			this.client.query("""
					MATCH (a:Entity)-[r:%s]->(b:Entity)
					RETURN a.id AS from, b.id AS to, properties(r) AS properties
					""".formatted(file.name())).fetch().all().forEach((record) -> {
				Map<?, ?> properties = (Map<?, ?>) record.get("properties");
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("from", record.get("from"));
				row.put("to", record.get("to"));
				row.put("since", properties.get("since"));
				row.put("until", properties.get("until"));
				for (String extra : file.extraColumns()) {
					row.put(extra, properties.get(extra));
				}
				rows.add(row);
			});
			rows.sort(Comparator.comparing((Map<String, Object> row) -> (String) row.get("from"))
				.thenComparing((row) -> (String) row.get("to"))
				.thenComparing((row) -> text(row.get("since")))
				.thenComparing((row) -> text(row.get("until")))
				.thenComparing(Object::toString));
			relationships.put(file, rows);
		}
		return new Content(nodes, relationships);
	}

	/** The 31 files of the graph-seed format. */
	private static List<ExportFile> csv(Content content) {
		List<ExportFile> files = new ArrayList<>();
		content.nodes().forEach((type, rows) -> {
			List<String> columns = new ArrayList<>(SeedGraph.columns(type));
			if (rows.stream().anyMatch((row) -> row.get(SeedGraph.ARCHIVED_COLUMN) != null)) {
				columns.add(SeedGraph.ARCHIVED_COLUMN);
			}
			files.add(new ExportFile(SeedGraph.fileName(type), csvFile(columns, rows)));
		});
		content.relationships()
			.forEach((file, rows) -> files.add(new ExportFile(file.fileName(), csvFile(file.columns(), rows))));
		return files;
	}

	private static String csvFile(List<String> columns, List<Map<String, Object>> rows) {
		StringBuilder text = new StringBuilder(CsvReader.line(columns));
		for (Map<String, Object> row : rows) {
			text.append(CsvReader.line(columns.stream().map((column) -> text(row.get(column))).toList()));
		}
		return text.toString();
	}

	/**
	 * A value as the format writes it: empty for none, dates ISO, booleans lower case.
	 */
	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/**
	 * The JSON document: {@code format}, then {@code nodes} by label and
	 * {@code relationships} by type, each a list of objects with the CSV columns as keys
	 * (no value = {@code null}; {@code archived} only on archived entities). Dates are
	 * ISO strings, years numbers, flags booleans. Written by hand, two spaces per level,
	 * LF.
	 */
	private static String json(Content content) {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"format\": ").append(quote(JSON_FORMAT)).append(",\n  \"nodes\": {");
		List<String> sections = new ArrayList<>();
		content.nodes().forEach((type, rows) -> sections.add(section(type.label(), rows)));
		json.append(String.join(",", sections)).append("\n  },\n  \"relationships\": {");
		sections.clear();
		content.relationships().forEach((file, rows) -> sections.add(section(file.name(), rows)));
		json.append(String.join(",", sections)).append("\n  }\n}\n");
		return json.toString();
	}

	private static String section(String name, List<Map<String, Object>> rows) {
		StringBuilder json = new StringBuilder("\n    ").append(quote(name)).append(": [");
		List<String> objects = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			List<String> members = new ArrayList<>();
			row.forEach((key, value) -> {
				if (!SeedGraph.ARCHIVED_COLUMN.equals(key) || value != null) {
					members.add(quote(key) + ": " + value(value));
				}
			});
			objects.add("\n      { " + String.join(", ", members) + " }");
		}
		json.append(String.join(",", objects));
		return json.append(objects.isEmpty() ? "]" : "\n    ]").toString();
	}

	private static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
			return value.toString();
		}
		if (value instanceof LocalDate date) {
			return quote(date.toString());
		}
		return quote(Objects.toString(value));
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append("\\u%04x".formatted((int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
