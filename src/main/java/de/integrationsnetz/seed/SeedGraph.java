package de.integrationsnetz.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.integrationsnetz.graph.EntityProperty;
import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.graph.NameFolding;

/**
 * The content of a set of seed files, parsed and checked before anything is written:
 * headers, ids (slugs, unique across all files), required values, types, references and
 * the label pairs each relationship type allows.
 *
 * @param nodes rows to write per entity type; each row maps property name to value
 * @param relationships rows per relationship file; each with {@code from}, {@code to} and
 * {@code properties}
 */
record SeedGraph(Map<EntityType, List<Map<String, Object>>> nodes,
		Map<RelationshipFile, List<Map<String, Object>>> relationships) {

	/** Ids are lower-case slugs: letters, digits and single hyphens. */
	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	static final int MAX_ID_LENGTH = 60;

	static final String EXPERTISE_LEVEL = "ExpertiseLevel";

	/**
	 * The node file of an entity type.
	 * @param type the type
	 * @return e.g. {@code nodes/Department.csv}
	 */
	static String fileName(EntityType type) {
		return "nodes/" + type.label() + ".csv";
	}

	/**
	 * The columns of an entity type's file: {@code id}, then its properties in snake
	 * case.
	 * @param type the type
	 * @return the expected header
	 */
	static List<String> columns(EntityType type) {
		List<String> columns = new ArrayList<>();
		columns.add("id");
		type.allProperties().forEach((p) -> columns.add(snakeCase(p.name())));
		return columns;
	}

	static String snakeCase(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Reads and checks a set of seed files.
	 * @param files file name (relative to the seed directory) to its text, or null if the
	 * file does not exist
	 * @param existingLabels labels of ids already in the graph (to refuse an id that
	 * would change its label)
	 * @param enums the values of each GraphQL enum type by type name; a property
	 * {@code kind} of {@code Department} takes the values of {@code DepartmentKind}, the
	 * relationship column {@code level} those of {@code ExpertiseLevel}
	 * @return the checked content
	 * @throws SeedException listing every problem found
	 */
	static SeedGraph read(Function<String, String> files, Map<String, String> existingLabels,
			Map<String, Set<String>> enums) {
		List<String> problems = new ArrayList<>();
		Map<String, String> labelOf = new HashMap<>();
		Map<EntityType, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
		for (EntityType type : EntityType.values()) {
			nodes.put(type, readNodes(type, files, labelOf, existingLabels, enums, problems));
		}
		Map<RelationshipFile, List<Map<String, Object>>> relationships = new LinkedHashMap<>();
		for (RelationshipFile file : RelationshipFile.values()) {
			relationships.put(file, readRelationships(file, files, labelOf, existingLabels, enums, problems));
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return new SeedGraph(nodes, relationships);
	}

	private static List<Map<String, Object>> readNodes(EntityType type, Function<String, String> files,
			Map<String, String> labelOf, Map<String, String> existingLabels, Map<String, Set<String>> enums,
			List<String> problems) {
		String fileName = fileName(type);
		List<CsvReader.Row> rows = rows(fileName, files, columns(type), problems);
		List<Map<String, Object>> result = new ArrayList<>();
		for (CsvReader.Row row : rows) {
			String where = fileName + ":" + row.line();
			String id = row.fields().get(0).strip();
			if (!SLUG.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
				problems.add(where + ": id '" + id + "' is not a slug (a-z, 0-9, single hyphens, at most "
						+ MAX_ID_LENGTH + " characters)");
				continue;
			}
			if (labelOf.putIfAbsent(id, type.label()) != null) {
				problems.add(where + ": id '" + id + "' is already used by a " + labelOf.get(id));
				continue;
			}
			String existing = existingLabels.get(id);
			if (existing != null && !existing.equals(type.label())) {
				problems.add(where + ": id '" + id + "' belongs to a " + existing + " in the graph");
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			List<EntityProperty> declared = type.allProperties();
			for (int i = 0; i < declared.size(); i++) {
				EntityProperty property = declared.get(i);
				String raw = row.fields().get(i + 1).strip();
				if (raw.isEmpty()) {
					if (property.required()) {
						problems.add(where + ": " + snakeCase(property.name()) + " is required");
					}
					properties.put(property.name(), null);
					continue;
				}
				properties.put(property.name(),
						convert(property, raw, enums.get(enumTypeName(type, property)), where, problems));
			}
			String name = (String) properties.get("name");
			properties.put(NameFolding.SEARCH_NAME, NameFolding.spelledOut(name));
			properties.put(NameFolding.SEARCH_NAME_BARE, NameFolding.bare(name));
			result.add(Map.of("id", id, "properties", properties));
		}
		return result;
	}

	private static List<Map<String, Object>> readRelationships(RelationshipFile file, Function<String, String> files,
			Map<String, String> labelOf, Map<String, String> existingLabels, Map<String, Set<String>> enums,
			List<String> problems) {
		List<CsvReader.Row> rows = rows(file.fileName(), files, file.columns(), problems);
		List<Map<String, Object>> result = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (CsvReader.Row row : rows) {
			String where = file.fileName() + ":" + row.line();
			String from = row.fields().get(0).strip();
			String to = row.fields().get(1).strip();
			String fromLabel = labelOf.getOrDefault(from, existingLabels.get(from));
			String toLabel = labelOf.getOrDefault(to, existingLabels.get(to));
			if (fromLabel == null) {
				problems.add(where + ": from '" + from + "' is no known id");
			}
			if (toLabel == null) {
				problems.add(where + ": to '" + to + "' is no known id");
			}
			if (fromLabel != null && toLabel != null && !file.allows(fromLabel, toLabel)) {
				problems.add(where + ": " + file.name() + " cannot join a " + fromLabel + " to a " + toLabel);
			}
			LocalDate since = date(row.fields().get(2), where, "since", problems);
			LocalDate until = date(row.fields().get(3), where, "until", problems);
			if (since != null && until != null && until.isBefore(since)) {
				problems.add(where + ": until " + until + " is before since " + since);
			}
			if (!keys.add(from + ">" + to + "@" + since)) {
				problems.add(where + ": the same " + file.name() + " from '" + from + "' to '" + to
						+ "' with the same since appears twice");
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("since", since);
			properties.put("until", until);
			List<String> extra = file.extraColumns();
			for (int i = 0; i < extra.size(); i++) {
				String value = row.fields().get(4 + i).strip();
				if ("level".equals(extra.get(i)) && !value.isEmpty()
						&& !enums.getOrDefault(EXPERTISE_LEVEL, Set.of()).contains(value)) {
					problems
						.add(where + ": level must be one of " + enums.get(EXPERTISE_LEVEL) + ", was '" + value + "'");
				}
				properties.put(extra.get(i), value.isEmpty() ? null : value);
			}
			Map<String, Object> relationship = new HashMap<>();
			relationship.put("from", from);
			relationship.put("to", to);
			relationship.put("since", since);
			relationship.put("properties", properties);
			result.add(relationship);
		}
		return result;
	}

	private static List<CsvReader.Row> rows(String fileName, Function<String, String> files, List<String> columns,
			List<String> problems) {
		String text = files.apply(fileName);
		if (text == null) {
			problems.add(fileName + ": file is missing");
			return List.of();
		}
		List<CsvReader.Row> rows;
		try {
			rows = CsvReader.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(fileName + ": " + ex.getMessage());
			return List.of();
		}
		if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(columns)) {
			problems.add(fileName + ":1: header must be " + String.join(",", columns));
			return List.of();
		}
		List<CsvReader.Row> data = new ArrayList<>();
		for (CsvReader.Row row : rows.subList(1, rows.size())) {
			if (row.fields().size() != columns.size()) {
				problems.add(fileName + ":" + row.line() + ": " + row.fields().size() + " fields, expected "
						+ columns.size());
			}
			else {
				data.add(row);
			}
		}
		return data;
	}

	/**
	 * The GraphQL enum type of an enum property: the type's label followed by the
	 * property name, e.g. {@code DepartmentKind}, {@code NetworkMeetingCadence}.
	 * @param type the entity type
	 * @param property one of its enum properties
	 * @return the enum type name
	 */
	static String enumTypeName(EntityType type, EntityProperty property) {
		return type.label() + Character.toUpperCase(property.name().charAt(0)) + property.name().substring(1);
	}

	private static Object convert(EntityProperty property, String raw, Set<String> enumValues, String where,
			List<String> problems) {
		String column = snakeCase(property.name());
		switch (property.kind()) {
			case BOOLEAN -> {
				if (raw.equals("true") || raw.equals("false")) {
					return Boolean.valueOf(raw);
				}
				problems.add(where + ": " + column + " must be true or false, was '" + raw + "'");
				return null;
			}
			case INTEGER -> {
				try {
					return Long.valueOf(raw);
				}
				catch (NumberFormatException ex) {
					problems.add(where + ": " + column + " must be a whole number, was '" + raw + "'");
					return null;
				}
			}
			case DATE -> {
				return date(raw, where, column, problems);
			}
			case ENUM -> {
				if (enumValues != null && enumValues.contains(raw)) {
					return raw;
				}
				problems.add(where + ": " + column + " must be one of " + enumValues + ", was '" + raw + "'");
				return null;
			}
			default -> {
				return raw;
			}
		}
	}

	private static LocalDate date(String raw, String where, String column, List<String> problems) {
		String text = raw.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(where + ": " + column + " must be a date YYYY-MM-DD, was '" + text + "'");
			return null;
		}
	}

}
