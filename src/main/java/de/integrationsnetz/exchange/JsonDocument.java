package de.integrationsnetz.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.integrationsnetz.graph.EntityType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON document {@link GraphExport} writes ({@code integrationsnetz.json}, format
 * {@value GraphExport#JSON_FORMAT}) as an import source. It is not read on its own: each
 * section ({@code nodes.Person}, {@code relationships.MEMBER_OF}) becomes the CSV file it
 * stands for ({@code nodes/Person.csv}, {@code relationships/MEMBER_OF.csv}), one row per
 * object, so {@link SeedGraph}, the one reader of the format, checks it and the loader
 * compares and writes it exactly as CSV files. The document only adds what JSON has and
 * CSV has not: its syntax and structure are checked here, and problems are named by the
 * place in the document ({@code integrationsnetz.json: nodes.Person[3]: name is
 * required}, objects counted from 0) instead of file and line.
 *
 * <p>
 * Rules: UTF-8 (a byte order mark is allowed); an object with the members {@code format}
 * (exactly {@value GraphExport#JSON_FORMAT}), {@code nodes} (labels → lists of objects)
 * and {@code relationships} (types → lists of objects), each of the last two optional,
 * and a section left out changes nothing, like a CSV file that is not in a set. An
 * object's members are the CSV columns of its file; a member left out is null. Values are
 * strings, numbers, booleans or null and are checked as the CSV text they stand for. The
 * {@code archived} member behaves like the CSV column: if any object of a section has it,
 * the objects without it are not archived; if none has it, the flag is left as it is.
 */
final class JsonDocument {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Pattern LINE_PREFIX = Pattern.compile("^line (\\d+): (.*)$", Pattern.DOTALL);

	private static final String NODES = "nodes";

	private static final String RELATIONSHIPS = "relationships";

	private JsonDocument() {
	}

	/**
	 * Whether a file name or import path names a JSON document.
	 * @param name e.g. {@code integrationsnetz.json}
	 * @return true if it ends in {@code .json} (any case)
	 */
	static boolean isJson(String name) {
		return name != null && name.strip().toLowerCase(Locale.ROOT).endsWith(".json");
	}

	/**
	 * Turns a JSON document into a set of files in the graph-seed format. Problems of its
	 * syntax and structure travel with the set ({@link SeedOrigin#problems()}), so the
	 * import reports them with the reader's and writes nothing.
	 * @param name the document's name for problems, e.g. {@code integrationsnetz.json}
	 * @param bytes the document
	 * @return the set: one CSV file per section of the document
	 */
	static SeedFiles read(String name, byte[] bytes) {
		Origin origin = new Origin(name);
		Map<String, byte[]> files = new TreeMap<>();
		JsonNode root = parse(name, bytes, origin);
		if (root != null && checkFormat(root, origin)) {
			sections(root, NODES, origin, files);
			sections(root, RELATIONSHIPS, origin, files);
		}
		return new SeedFiles(files, StandardCharsets.UTF_8, origin);
	}

	private static JsonNode parse(String name, byte[] bytes, Origin origin) {
		String text;
		try {
			text = CsvReader.decode(bytes, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			Matcher line = LINE_PREFIX.matcher(ex.getMessage());
			origin.problems.add(line.matches()
					? new SeedProblem(name, Integer.valueOf(line.group(1)),
							"a JSON document is UTF-8: " + line.group(2))
					: new SeedProblem(name, null, "the document is UTF-16; a JSON document is UTF-8"));
			return null;
		}
		try {
			JsonNode root = JSON.readTree(text);
			if (root == null || root.isMissingNode()) {
				origin.problems.add(new SeedProblem(name, null, "the document is empty"));
				return null;
			}
			return root;
		}
		catch (JacksonException ex) {
			Integer line = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) ? ex.getLocation().getLineNr()
					: null;
			String column = (line != null && ex.getLocation().getColumnNr() > 0)
					? " (column " + ex.getLocation().getColumnNr() + ")" : "";
			origin.problems
				.add(new SeedProblem(name, line, "not valid JSON" + column + ": " + ex.getOriginalMessage()));
			return null;
		}
	}

	/** The top level: an object with the right format marker and no other members. */
	private static boolean checkFormat(JsonNode root, Origin origin) {
		String expected = "an object {\"format\": \"" + GraphExport.JSON_FORMAT
				+ "\", \"nodes\": {…}, \"relationships\": {…}}";
		if (!root.isObject()) {
			origin.problems.add(new SeedProblem(origin.document, null, "the document is not " + expected));
			return false;
		}
		JsonNode format = root.get("format");
		if (format == null || !format.isString() || !GraphExport.JSON_FORMAT.equals(format.asString())) {
			origin.problems.add(new SeedProblem(origin.document, null, "format",
					"must be \"" + GraphExport.JSON_FORMAT + "\", was " + ((format != null) ? format : "missing")
							+ "; an import reads the document " + GraphExport.JSON_FILE + " that an export writes"));
			return false;
		}
		for (String member : root.propertyNames()) {
			if (!List.of("format", NODES, RELATIONSHIPS).contains(member)) {
				origin.problems
					.add(new SeedProblem(origin.document, null, member, "unknown member; the document is " + expected));
			}
		}
		return true;
	}

	/** The sections of {@code nodes} or {@code relationships}, each as its CSV file. */
	private static void sections(JsonNode root, String group, Origin origin, Map<String, byte[]> files) {
		JsonNode sections = root.get(group);
		if (sections == null) {
			return;
		}
		Map<String, String> paths = new HashMap<>();
		Map<String, List<String>> columns = new HashMap<>();
		if (NODES.equals(group)) {
			for (EntityType type : EntityType.values()) {
				paths.put(type.label(), SeedGraph.fileName(type));
				columns.put(type.label(), SeedGraph.columns(type));
			}
		}
		else {
			for (RelationshipFile file : RelationshipFile.values()) {
				paths.put(file.name(), file.fileName());
				columns.put(file.name(), file.columns());
			}
		}
		if (!sections.isObject()) {
			origin.problems.add(new SeedProblem(origin.document, null, group, "must be an object of "
					+ (NODES.equals(group) ? "labels" : "relationship types") + " → lists of objects"));
			return;
		}
		for (Map.Entry<String, JsonNode> section : sections.properties()) {
			String location = group + "." + section.getKey();
			String path = paths.get(section.getKey());
			if (path == null) {
				origin.problems.add(new SeedProblem(origin.document, null, location,
						"unknown " + (NODES.equals(group) ? "label" : "relationship type") + "; expected one of "
								+ String.join(", ", columns.keySet().stream().sorted().toList())));
				continue;
			}
			List<String> header = new ArrayList<>(columns.get(section.getKey()));
			if (NODES.equals(group)) {
				header.add(SeedGraph.ARCHIVED_COLUMN);
			}
			String csv = section(section.getValue(), location, path, header, NODES.equals(group), origin);
			if (csv != null) {
				files.put(path, csv.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * One section as CSV text: the format's columns (and {@code archived} if an object
	 * has it), every field quoted so no value can change the separator, one row per
	 * object. Remembers the line each object starts on.
	 */
	private static String section(JsonNode objects, String location, String path, List<String> allowed, boolean nodes,
			Origin origin) {
		if (!objects.isArray()) {
			origin.problems.add(new SeedProblem(origin.document, null, location, "must be a list of objects"));
			return null;
		}
		List<String> header = new ArrayList<>(allowed);
		boolean archived = false;
		for (JsonNode object : objects) {
			archived |= object.isObject() && object.has(SeedGraph.ARCHIVED_COLUMN);
		}
		if (nodes && !archived) {
			header.remove(SeedGraph.ARCHIVED_COLUMN);
		}
		NavigableMap<Integer, Integer> lines = new TreeMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		StringBuilder csv = new StringBuilder(quotedLine(header));
		int line = 2;
		for (int index = 0; index < objects.size(); index++) {
			JsonNode object = objects.get(index);
			String at = location + "[" + index + "]";
			if (!object.isObject()) {
				origin.problems.add(new SeedProblem(origin.document, null, at, "must be an object"));
				continue;
			}
			for (String member : object.propertyNames()) {
				if (!allowed.contains(member) && unknown.add(member)) {
					origin.problems.add(new SeedProblem(origin.document, null, at, "unknown member '" + member
							+ "'; the members are the columns of " + path + ": " + String.join(", ", allowed)));
				}
			}
			List<String> fields = new ArrayList<>();
			boolean ok = true;
			for (String column : header) {
				JsonNode value = object.get(column);
				if (value == null || value.isNull()) {
					fields.add("");
				}
				else if (value.isString() || value.isNumber() || value.isBoolean()) {
					fields.add(value.asString());
				}
				else {
					origin.problems.add(new SeedProblem(origin.document, null, at,
							column + " must be a string, a number, a boolean or null"));
					ok = false;
				}
			}
			if (!ok) {
				continue;
			}
			if (fields.stream().allMatch(String::isBlank)) {
				origin.problems.add(new SeedProblem(origin.document, null, at, "the object has no values"));
				continue;
			}
			String row = quotedLine(fields);
			lines.put(line, index);
			line += (int) row.chars().filter((c) -> c == '\n').count();
			csv.append(row);
		}
		origin.sections.put(path, location);
		origin.lines.put(path, lines);
		return csv.toString();
	}

	/** A CSV line with every field quoted, ended by LF. */
	private static String quotedLine(List<String> fields) {
		List<String> quoted = fields.stream().map((field) -> "\"" + field.replace("\"", "\"\"") + "\"").toList();
		return String.join(",", quoted) + "\n";
	}

	/**
	 * Names the rows of the CSV files made from a document by their place in it.
	 */
	private static final class Origin implements SeedOrigin {

		private final String document;

		private final List<SeedProblem> problems = new ArrayList<>();

		/** CSV path → section, e.g. {@code nodes/Person.csv} → {@code nodes.Person}. */
		private final Map<String, String> sections = new HashMap<>();

		/** CSV path → line a row starts on → index of its object in the section. */
		private final Map<String, NavigableMap<Integer, Integer>> lines = new HashMap<>();

		Origin(String document) {
			this.document = document;
		}

		@Override
		public List<SeedProblem> problems() {
			return this.problems;
		}

		@Override
		public SeedProblem locate(String file, Integer line, String message) {
			return new SeedProblem(this.document, null, place(file, line), message);
		}

		@Override
		public String row(String file, int line) {
			return place(file, line);
		}

		@Override
		public String rowInFile(String file, int line) {
			return place(file, line);
		}

		@Override
		public String name(String file) {
			return this.document + ": " + this.sections.getOrDefault(file, file);
		}

		/** The section, and the object if the line is one of its rows. */
		private String place(String file, Integer line) {
			String section = this.sections.getOrDefault(file, file);
			NavigableMap<Integer, Integer> rows = this.lines.get(file);
			Map.Entry<Integer, Integer> row = (line != null && rows != null) ? rows.floorEntry(line) : null;
			return (row != null) ? section + "[" + row.getValue() + "]" : section;
		}

	}

}
