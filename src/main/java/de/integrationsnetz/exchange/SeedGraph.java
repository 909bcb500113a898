package de.integrationsnetz.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.integrationsnetz.graph.EntityProperty;
import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.graph.PropertyKind;
import de.integrationsnetz.privacy.PersonRules;

/**
 * The content of a set of files in the graph-seed format, parsed and checked before
 * anything is written: the one reader of the format, for the seed and for every import.
 * It decodes the bytes (UTF-8 with or without BOM, Windows-1252), finds the separator,
 * maps English or German headers to the format's columns, and checks ids (slugs, unique
 * across all files), required values, types, references and the label pairs each
 * relationship type allows. Every problem is collected with file and line, so one
 * {@link SeedException} lists them all. A JSON document comes here as the CSV files its
 * sections stand for; its {@link SeedOrigin} names problems by the place in the document
 * instead.
 *
 * @param nodes the rows per entity type, only for the node files in the set
 * @param relationships the rows per relationship type, only for the files in the set
 */
record SeedGraph(Map<EntityType, List<Node>> nodes, Map<RelationshipFile, List<Tie>> relationships) {

	/** Ids are lower-case slugs: letters, digits and single hyphens. */
	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	static final int MAX_ID_LENGTH = 60;

	static final String EXPERTISE_LEVEL = "ExpertiseLevel";

	/**
	 * The optional last column of a node file: {@code true} for an archived entity. A
	 * file without it leaves the archived flag as it is.
	 */
	static final String ARCHIVED_COLUMN = "archived";

	/**
	 * Columns added to the format after it was published: the seed and every export write
	 * them, an import also reads files without them, and a file without one leaves its
	 * value as it is (a new person then has no consent and is reviewed today).
	 */
	static final List<String> LATER_COLUMNS = List.of("contact_consent", "contact_consent_on", "reviewed_on");

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	private static final Pattern LINE_PREFIX = Pattern.compile("^line (\\d+): (.*)$", Pattern.DOTALL);

	/**
	 * An entity row.
	 *
	 * @param id the id
	 * @param file the file it came from
	 * @param line the line it starts on
	 * @param properties property name (camel case) to value, for every column of the
	 * format; also {@code archived} (true or null) when the file has that column
	 */
	record Node(String id, String file, int line, Map<String, Object> properties) {
	}

	/**
	 * A relationship row.
	 *
	 * @param from the id of its start
	 * @param to the id of its end
	 * @param file the file it came from
	 * @param line the line it starts on
	 * @param properties {@code since}, {@code until} and the type's extra columns
	 */
	record Tie(String from, String to, String file, int line, Map<String, Object> properties) {

		LocalDate since() {
			return (LocalDate) this.properties.get("since");
		}

		/**
		 * The key a relationship is merged by: ends and {@code since}.
		 * @return e.g. {@code kim-muster>internes-netzwerk-integration@2020-01-01}
		 */
		String key() {
			return key(this.from, this.to, since());
		}

		static String key(String from, String to, Object since) {
			return from + ">" + to + ((since != null) ? "@" + since : "");
		}

	}

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
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads and checks a set of files.
	 * @param files the files; the set may be partial unless {@code complete}
	 * @param complete whether every file of the format must be in the set (the seed)
	 * @param existingLabels labels of ids already in the graph (a relationship may refer
	 * to them; an id may not change its label)
	 * @param enums the values of each GraphQL enum type by type name; a property
	 * {@code kind} of {@code Department} takes the values of {@code DepartmentKind}, the
	 * relationship column {@code level} those of {@code ExpertiseLevel}
	 * @param onFile told the path of each file as it is read, for progress
	 * @return the checked content
	 * @throws SeedException listing every problem found
	 */
	static SeedGraph read(SeedFiles files, boolean complete, Map<String, String> existingLabels,
			Map<String, Set<String>> enums, Consumer<String> onFile) {
		List<SeedProblem> problems = new ArrayList<>();
		SeedOrigin origin = files.origin();
		List<String> known = SeedFiles.knownPaths();
		files.files()
			.keySet()
			.stream()
			.filter((path) -> !known.contains(path))
			.forEach((path) -> problems.add(new SeedProblem(path, null,
					"unknown file: a set holds nodes/<Label>.csv and relationships/<TYPE>.csv of the format")));
		Map<String, String> labelOf = new HashMap<>();
		Map<String, String> firstSeen = new HashMap<>();
		Map<EntityType, List<Node>> nodes = new LinkedHashMap<>();
		for (EntityType type : EntityType.values()) {
			List<String> optional = new ArrayList<>(List.of(ARCHIVED_COLUMN));
			List<String> required = new ArrayList<>(columns(type));
			required.stream().filter(LATER_COLUMNS::contains).forEach(optional::add);
			required.removeAll(LATER_COLUMNS);
			Table table = table(fileName(type), required, optional, files, complete, problems);
			if (table != null) {
				onFile.accept(table.file);
				nodes.put(type, readNodes(type, table, labelOf, firstSeen, existingLabels, enums, origin, problems));
			}
		}
		Map<RelationshipFile, List<Tie>> relationships = new LinkedHashMap<>();
		for (RelationshipFile file : RelationshipFile.values()) {
			Table table = table(file.fileName(), file.columns(), List.of(), files, complete, problems);
			if (table != null) {
				onFile.accept(table.file);
				relationships.put(file,
						readRelationships(file, table, labelOf, existingLabels, enums, origin, problems));
			}
		}
		if (!problems.isEmpty() || !origin.problems().isEmpty()) {
			List<SeedProblem> located = new ArrayList<>(origin.problems());
			problems
				.forEach((problem) -> located.add(origin.locate(problem.file(), problem.line(), problem.message())));
			throw new SeedException(located);
		}
		return new SeedGraph(nodes, relationships);
	}

	private static List<Node> readNodes(EntityType type, Table table, Map<String, String> labelOf,
			Map<String, String> firstSeen, Map<String, String> existingLabels, Map<String, Set<String>> enums,
			SeedOrigin origin, List<SeedProblem> problems) {
		List<Node> result = new ArrayList<>();
		for (CsvReader.Row row : table.rows) {
			Where where = new Where(table.file, row.line(), problems);
			String id = table.value(row, "id");
			if (!SLUG.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
				where.problem("id '" + id + "' is not a slug (a-z, 0-9, single hyphens, at most " + MAX_ID_LENGTH
						+ " characters)");
				continue;
			}
			if (labelOf.putIfAbsent(id, type.label()) != null) {
				where.problem("id '" + id + "' is used twice: also " + labelOf.get(id) + " at " + firstSeen.get(id));
				continue;
			}
			firstSeen.put(id, origin.row(table.file, row.line()));
			String existing = existingLabels.get(id);
			if (existing != null && !existing.equals(type.label())) {
				where.problem("id '" + id + "' belongs to a " + existing + " in the graph");
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			for (EntityProperty property : type.allProperties()) {
				if (!table.has(snakeCase(property.name()))) {
					continue;
				}
				String raw = table.value(row, snakeCase(property.name()));
				if (raw.isEmpty()) {
					if (property.required()) {
						where.problem(snakeCase(property.name()) + " is required");
					}
					// an optional flag left empty is false
					properties.put(property.name(), (property.kind() == PropertyKind.BOOLEAN) ? Boolean.FALSE : null);
					continue;
				}
				properties.put(property.name(), convert(property, raw, enums.get(enumTypeName(type, property)), where));
			}
			if (type == EntityType.PERSON && PersonRules.consentProblem(properties).isPresent()) {
				where.problem("contact_consent_on (the day of the consent) is required when contact_consent is true");
			}
			if (table.has(ARCHIVED_COLUMN)) {
				String raw = table.value(row, ARCHIVED_COLUMN);
				Boolean archived = raw.isEmpty() ? Boolean.FALSE : bool(raw, ARCHIVED_COLUMN, where);
				properties.put(ARCHIVED_COLUMN, Boolean.TRUE.equals(archived) ? Boolean.TRUE : null);
			}
			result.add(new Node(id, table.file, row.line(), properties));
		}
		return result;
	}

	private static List<Tie> readRelationships(RelationshipFile file, Table table, Map<String, String> labelOf,
			Map<String, String> existingLabels, Map<String, Set<String>> enums, SeedOrigin origin,
			List<SeedProblem> problems) {
		List<Tie> result = new ArrayList<>();
		Map<String, Integer> keys = new HashMap<>();
		for (CsvReader.Row row : table.rows) {
			Where where = new Where(table.file, row.line(), problems);
			String from = table.value(row, "from");
			String to = table.value(row, "to");
			String fromLabel = labelOf.getOrDefault(from, existingLabels.get(from));
			String toLabel = labelOf.getOrDefault(to, existingLabels.get(to));
			if (fromLabel == null) {
				where.problem("from '" + from + "' is no known id");
			}
			if (toLabel == null) {
				where.problem("to '" + to + "' is no known id");
			}
			if (fromLabel != null && toLabel != null && !file.allows(fromLabel, toLabel)) {
				where.problem(file.name() + " cannot join a " + fromLabel + " to a " + toLabel);
			}
			LocalDate since = date(table.value(row, "since"), "since", where);
			LocalDate until = date(table.value(row, "until"), "until", where);
			if (since != null && until != null && until.isBefore(since)) {
				where.problem("until " + until + " is before since " + since);
			}
			Integer earlier = keys.putIfAbsent(Tie.key(from, to, since), row.line());
			if (earlier != null) {
				where.problem("the same " + file.name() + " from '" + from + "' to '" + to
						+ "' with the same since appears twice (also " + origin.rowInFile(table.file, earlier) + ")");
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("since", since);
			properties.put("until", until);
			for (String extra : file.extraColumns()) {
				String value = table.value(row, extra);
				if ("level".equals(extra)) {
					Set<String> levels = enums.getOrDefault(EXPERTISE_LEVEL, Set.of());
					if (value.isEmpty()) {
						where.problem("level is required");
					}
					else if (!levels.contains(value.toUpperCase(Locale.ROOT))) {
						where.problem("level must be one of " + sorted(levels) + ", was '" + value + "'");
					}
					else {
						value = value.toUpperCase(Locale.ROOT);
					}
				}
				properties.put(extra, value.isEmpty() ? null : value);
			}
			result.add(new Tie(from, to, table.file, row.line(), properties));
		}
		return result;
	}

	/**
	 * The rows of one file by column: decoded, parsed, the header mapped to the format's
	 * columns. Null (with the problem noted) if the file is missing or unreadable.
	 */
	private static Table table(String fileName, List<String> columns, List<String> optional, SeedFiles files,
			boolean complete, List<SeedProblem> problems) {
		byte[] bytes = files.files().get(fileName);
		if (bytes == null) {
			if (complete) {
				problems.add(new SeedProblem(fileName, null, "file is missing"));
			}
			return null;
		}
		List<CsvReader.Row> rows;
		try {
			rows = CsvReader.parse(CsvReader.decode(bytes, files.encoding()));
		}
		catch (IllegalArgumentException ex) {
			Matcher line = LINE_PREFIX.matcher(ex.getMessage());
			problems.add(line.matches() ? new SeedProblem(fileName, Integer.valueOf(line.group(1)), line.group(2))
					: new SeedProblem(fileName, null, ex.getMessage()));
			return null;
		}
		if (rows.isEmpty()) {
			problems.add(new SeedProblem(fileName, 1, "the header is missing; expected " + String.join(",", columns)));
			return null;
		}
		List<String> allowed = new ArrayList<>(columns);
		allowed.addAll(optional);
		Map<String, Integer> index = new LinkedHashMap<>();
		boolean headerOk = true;
		List<String> header = rows.get(0).fields();
		for (int i = 0; i < header.size(); i++) {
			String column = ColumnNames.resolve(header.get(i), allowed);
			if (column == null) {
				problems.add(new SeedProblem(fileName, 1, "unknown column '" + header.get(i).strip() + "'; expected "
						+ String.join(",", columns) + " (or their German names)"));
				headerOk = false;
			}
			else if (index.putIfAbsent(column, i) != null) {
				problems.add(new SeedProblem(fileName, 1, "column " + column + " appears twice"));
				headerOk = false;
			}
		}
		for (String column : columns) {
			if (!index.containsKey(column)) {
				problems.add(new SeedProblem(fileName, 1, "column " + column + " is missing"));
				headerOk = false;
			}
		}
		if (!headerOk) {
			return null;
		}
		List<CsvReader.Row> data = new ArrayList<>();
		for (CsvReader.Row row : rows.subList(1, rows.size())) {
			if (row.blank()) {
				continue;
			}
			if (row.fields().size() != header.size()) {
				problems.add(new SeedProblem(fileName, row.line(),
						row.fields().size() + " fields, expected " + header.size()));
			}
			else {
				data.add(row);
			}
		}
		return new Table(fileName, index, data);
	}

	/** The data rows of a file and where each column is. */
	private record Table(String file, Map<String, Integer> index, List<CsvReader.Row> rows) {

		String value(CsvReader.Row row, String column) {
			return row.fields().get(this.index.get(column)).strip();
		}

		boolean has(String column) {
			return this.index.containsKey(column);
		}

	}

	/** Where a row is, to note its problems. */
	private record Where(String file, int line, List<SeedProblem> problems) {

		void problem(String message) {
			this.problems.add(new SeedProblem(this.file, this.line, message));
		}

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

	/**
	 * Converts a value. Beside the format's own spelling it takes what German
	 * spreadsheets write: {@code WAHR}/{@code FALSCH} or {@code ja}/{@code nein} for
	 * booleans, {@code TT.MM.JJJJ} for dates, enum values in any case.
	 */
	private static Object convert(EntityProperty property, String raw, Set<String> enumValues, Where where) {
		String column = snakeCase(property.name());
		switch (property.kind()) {
			case BOOLEAN -> {
				return bool(raw, column, where);
			}
			case INTEGER -> {
				try {
					return Long.valueOf(raw);
				}
				catch (NumberFormatException ex) {
					where.problem(column + " must be a whole number, was '" + raw + "'");
					return null;
				}
			}
			case DATE -> {
				return date(raw, column, where);
			}
			case ENUM -> {
				String value = raw.toUpperCase(Locale.ROOT);
				if (enumValues != null && enumValues.contains(value)) {
					return value;
				}
				where.problem(column + " must be one of " + sorted(enumValues) + ", was '" + raw + "'");
				return null;
			}
			default -> {
				return raw;
			}
		}
	}

	private static Boolean bool(String raw, String column, Where where) {
		switch (raw.toLowerCase(Locale.ROOT)) {
			case "true", "wahr", "ja" -> {
				return Boolean.TRUE;
			}
			case "false", "falsch", "nein" -> {
				return Boolean.FALSE;
			}
			default -> {
				where.problem(column + " must be true or false, was '" + raw + "'");
				return null;
			}
		}
	}

	private static LocalDate date(String raw, String column, Where where) {
		String text = raw.strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			where.problem(column + " must be a date YYYY-MM-DD (or TT.MM.JJJJ), was '" + text + "'");
			return null;
		}
	}

	private static List<String> sorted(Set<String> values) {
		return (values != null) ? values.stream().sorted().toList() : List.of();
	}

}
