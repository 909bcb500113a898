package de.integrationsnetz.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the bundled Herne seed graph in {@code graph-seed/} against the import/export
 * format documented in {@code graph-seed/README.md} and against the names given by the
 * City of Herne's action plan "Interkulturelle Öffnung der Verwaltung".
 * <p>
 * Plain JUnit without Spring or Neo4j: a broken seed file fails here, fast, naming the
 * file and row, before any loader sees it. The files are read from the relative path
 * {@code graph-seed}, so the tests run with the repository root as working directory.
 */
public class SeedFilesTests {

	/**
	 * Every name the action plan gives, one line per name, as {@code Label|Exact name}.
	 * Public so that the loader test can check the same names in Neo4j.
	 */
	public static final String PLAN_CHECKLIST = """
			Department|Fachbereich Bürgerdienste
			Department|Fachbereich Öffentliche Ordnung und Sport
			Department|Fachbereich Rat und Bezirksvertretungen
			Department|Fachbereich Personal
			Department|Fachbereich Service und IT
			Department|Fachbereich Stadtentwicklung-Stadtforschung-Wahlen
			Department|Fachbereich Schule und Weiterbildung
			Department|Fachbereich Kultur
			Department|Fachbereich Soziales
			Department|Fachbereich Kinder-Jugend-Familie
			Department|Fachbereich Gesundheit
			Department|Fachbereich Stadtplanung
			Department|Gleichstellungsstelle
			Department|Stabsstelle Organisationsentwicklung
			Department|Koordinierungsbüro für Migration und Integration
			Department|Ausländerbehörde
			Department|BürgerLOKAL
			Department|Personalentwicklung
			Department|Volkshochschule Herne
			Department|Regionale Arbeitsstelle zur Förderung von Kindern und Jugendlichen aus Zuwandererfamilien
			Department|Stadtbücherei
			Department|Jugendamt
			Department|Sportamt
			Department|Sozialamt
			Department|Kulturamt
			Department|Stadtteilbüro
			Department|Erziehungsberatungsstelle
			Organisation|Arbeiterwohlfahrt Herne
			Organisation|Caritasverband Herne
			Organisation|Eine-Welt-Zentrum Herne
			Organisation|ARGE Herne
			Organisation|Evangelische Kirche in Herne
			Organisation|Katholische Kirche in Herne
			Organisation|Berufskolleg Herne
			Organisation|Integrationsrat der Stadt Herne
			Organisation|Rat der Stadt Herne
			Organisation|DGB-Bildungswerk
			Organisation|Pro Qualifizierung
			Network|Internes Netzwerk Integration
			Network|Externes Netzwerk Integration
			Network|Projektgruppe Integration im Elementarbereich (PGI)
			Network|Trägerübergreifendes Netzwerk Integrationskurse und Migrationserstberatung
			Network|Fachbereichsübergreifender Kreis Integrationsoffensive
			Network|Projektgruppe Interkulturelle Öffnung der Verwaltung
			WorkingGroup|AG Behördentransparenz
			WorkingGroup|AG Bauvorhaben islamischer Schülerwohnheime
			WorkingGroup|AG Gründung ausländischer Sportvereine
			WorkingGroup|AG Kommunales Wahlrecht
			Topic|Interkulturelle Öffnung
			Topic|Behördentransparenz
			Topic|Muttersprachliche Information
			Topic|Berichtswesen
			Topic|Interkulturelle Kompetenz
			Topic|Personalentwicklung
			Topic|Gender Mainstreaming
			Topic|Bildung
			Topic|Sprachförderung
			Topic|Integrationskurse
			Topic|Frühkindliche Bildung (Elementarbereich)
			Topic|Familienzentren
			Topic|Erziehung
			Topic|Sozialhilfe
			Topic|Jugendhilfe
			Topic|Migrationserstberatung
			Topic|Aufenthaltsrecht
			Topic|Einbürgerung
			Topic|Kommunales Wahlrecht
			Topic|Gesundheit
			Topic|Sport
			Topic|Stadtentwicklung
			Topic|Bauvorhaben
			Topic|Begegnungsstätten
			Topic|Selbständigkeit und Migrantenunternehmen
			Topic|Berufliche Qualifizierung
			TargetGroup|Migrantinnen
			TargetGroup|Familien
			TargetGroup|Selbständige
			TargetGroup|Kinder
			TargetGroup|Jugendliche
			TargetGroup|Senioren
			Channel|Direkte Ansprache
			Channel|Internet
			Channel|Info-Veranstaltungen
			Channel|Flyer
			Offering|Integrationsoffensive
			Offering|Selbständige Migranten – Behördentransparenz für Migrantenunternehmen
			Offering|Integrations-Scout
			Offering|Einbürgerungsempfang
			Offering|Integrationsportal
			Offering|Muttersprachliche Information zu Sprachkursen und Integrationsangeboten
			Offering|Muttersprachliche Information zur Sozial- und Jugendhilfe
			Offering|Muttersprachliche Information zu ausländerrechtlichen Belangen
			Offering|Muttersprachliche Information zur Erziehung
			Offering|Muttersprachliche Information zur Gesundheit
			Offering|Interkulturelle Kompetenz für Führungskräfte
			Offering|Interkulturelle Sensibilisierung der Nachwuchskräfte
			Offering|Interkulturelle Kompetenz für Publikumssachbearbeiterinnen und -sachbearbeiter
			Offering|Supervision für die Beschäftigten der Ausländerbehörde
			Offering|Ausbildungswerbung an Schulen
			Offering|Migrationserstberatung der Wohlfahrtsverbände
			Offering|Integrationskurse in Herne
			""";

	private static final Path SEED = Path.of("graph-seed");

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private static final int MAX_ID_LENGTH = 60;

	private static final List<String> RELATIONSHIP_BASE_COLUMNS = List.of("from", "to", "since", "until");

	private static final Map<String, List<String>> NODE_COLUMNS = Map.ofEntries(
			Map.entry("Department", List.of("id", "name", "short_name", "kind", "integration_relevant", "description")),
			Map.entry("Person",
					List.of("id", "name", "job_title", "email", "phone", "contact_consent", "contact_consent_on",
							"reviewed_on")),
			Map.entry("Organisation", List.of("id", "name", "kind", "description", "website")),
			Map.entry("Network", List.of("id", "name", "kind", "founded_year", "meeting_cadence", "description")),
			Map.entry("WorkingGroup", List.of("id", "name", "status", "description")),
			Map.entry("Event", List.of("id", "name", "kind", "date", "location", "description")),
			Map.entry("Topic", List.of("id", "name", "description")),
			Map.entry("TargetGroup", List.of("id", "name", "description")),
			Map.entry("Language", List.of("id", "name", "name_en", "code", "needed")),
			Map.entry("Offering", List.of("id", "name", "kind", "description")),
			Map.entry("Channel", List.of("id", "name", "description")),
			Map.entry("Contract", List.of("id", "name", "status", "valid_from", "valid_until", "description")));

	private static final Map<String, RelationshipType> RELATIONSHIP_TYPES = Map.ofEntries(
			type("PART_OF", List.of(),
					union(endpoints(List.of("Department"), List.of("Department")),
							endpoints(List.of("WorkingGroup"), List.of("Network")))),
			type("WORKS_IN", List.of("function"), endpoints(List.of("Person"), List.of("Department"))),
			type("WORKS_FOR", List.of("function"), endpoints(List.of("Person"), List.of("Organisation"))),
			type("CONTACT_PERSON_FOR", List.of(), endpoints(List.of("Person"), List.of("Department"))),
			type("DEPUTY_FOR", List.of(), endpoints(List.of("Person"), List.of("Department"))),
			type("HAS_EXPERTISE", List.of("level"), endpoints(List.of("Person"), List.of("Topic"))),
			type("SPEAKS", List.of(), endpoints(List.of("Person"), List.of("Language"))),
			type("WORKS_WITH", List.of(), endpoints(List.of("Person"), List.of("TargetGroup"))),
			type("MEMBER_OF", List.of("role"),
					endpoints(List.of("Person", "Department", "Organisation"), List.of("Network", "WorkingGroup"))),
			type("COORDINATES", List.of(),
					endpoints(List.of("Department", "Organisation"), List.of("Network", "WorkingGroup"))),
			type("ON_TOPIC", List.of(),
					endpoints(List.of("WorkingGroup", "Event", "Offering", "Contract", "Network"), List.of("Topic"))),
			type("FOR_TARGET_GROUP", List.of(),
					endpoints(List.of("WorkingGroup", "Offering", "Network"), List.of("TargetGroup"))),
			type("BROADER", List.of(), endpoints(List.of("Topic"), List.of("Topic"))),
			type("HELD_BY", List.of(),
					endpoints(List.of("Event"), List.of("Network", "WorkingGroup", "Department", "Organisation"))),
			type("PARTICIPATED_IN", List.of("role"),
					endpoints(List.of("Person", "Department", "Organisation"), List.of("Event"))),
			type("PROVIDED_BY", List.of(), endpoints(List.of("Offering"), List.of("Department", "Organisation"))),
			type("IN_LANGUAGE", List.of(), endpoints(List.of("Offering"), List.of("Language"))),
			type("VIA_CHANNEL", List.of(), endpoints(List.of("Offering"), List.of("Channel"))),
			type("PARTY_TO", List.of("role"), endpoints(List.of("Department", "Organisation"), List.of("Contract"))));

	private static final Set<String> BOOLEAN = Set.of("true", "false");

	/** Allowed values per {@code File.column}; all of these columns are required. */
	private static final Map<String, Set<String>> ENUMS = Map.ofEntries(
			Map.entry("Department.kind", Set.of("DEPARTMENT", "SUB_UNIT", "STAFF_UNIT")),
			Map.entry("Department.integration_relevant", BOOLEAN),
			Map.entry("Organisation.kind",
					Set.of("WELFARE_ASSOCIATION", "CHURCH", "ASSOCIATION", "MIGRANT_SELF_ORGANISATION", "PUBLIC_BODY",
							"POLITICAL_BODY", "EDUCATION_PROVIDER", "INTEGRATION_COURSE_PROVIDER", "PROJECT")),
			Map.entry("Network.kind", Set.of("INTERNAL", "EXTERNAL")),
			Map.entry("WorkingGroup.status", Set.of("OPEN", "CLOSED")),
			Map.entry("Event.kind", Set.of("MEETING", "CONFERENCE", "RECEPTION", "WORKSHOP", "TRAINING")),
			Map.entry("Language.needed", BOOLEAN),
			Map.entry("Offering.kind", Set.of("INFORMATION", "SERVICE", "PROGRAMME", "TRAINING")),
			Map.entry("Contract.status", Set.of("DRAFT", "ACTIVE", "EXPIRED", "TERMINATED")),
			Map.entry("HAS_EXPERTISE.level", Set.of("BASIC", "ADVANCED", "EXPERT")));

	/** Allowed values per {@code File.column} for columns that may be empty. */
	private static final Map<String, Set<String>> OPTIONAL_ENUMS = Map.of("Network.meeting_cadence",
			Set.of("WEEKLY", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY", "REGULAR", "ON_DEMAND"));

	/**
	 * Misspellings found in the OCR text of the plan, matched case-sensitively at a word
	 * start.
	 */
	private static final List<String> OCR_MISSPELLINGS = List.of("Offnung", "Offentliche", "Birger", "Blrger",
			"Biirger", "Burger", "birgerorientiert", "Auslanderbeh", "Ausléanderbeh", "auslandisch", "ausl&nder",
			"Behordentransparenz", "Behdrdentransparenz", "Schillerwohnheim", "Schulerwohnheim", "Bicherei",
			"Stadtteilbiro", "Koordinierungsburo", "Koordinierungsbiro", "Koordinierungsbuiro", "Selbstindige",
			"Selbstandig", "Einburgerung", "Kinderanwaltin", "Kinderanwaéltin", "Gleichstellungstelle", "Fuhrungskr",
			"Nachwuchskrafte", "Nachwuchskréafte", "Sensibilierung", "Integrationskurstrager", "tragerubergreifend",
			"trageriibergreifend", "Tréager", "Forderprojekt", "Forderung", "Férderung", "Bildungsférderung",
			"Begegnungsstatten", "Wohlfahrtstrager", "europaisch", "Unterstitzt", "Mal3nahme", "MaRnahme", "Mafnahme",
			"Auf3en", "Aulien");

	/** OCR misspellings that are short enough to need a whole-word match. */
	private static final List<String> OCR_MISSPELLED_WORDS = List.of("fir", "fiir", "flir", "fur", "Fur", "Uber",
			"Verbande", "tber", "gegeniber", "gegentber");

	/**
	 * Umlauts written out as ae/oe/ue/ss belong in ids only, never in names or
	 * descriptions.
	 */
	private static final List<String> TRANSLITERATIONS = List.of("Buerger", "buerger", "Oeffn", "oeffn", "Oeffentlich",
			"Behoerde", "behoerde", "Auslaender", "auslaender", "Buero", "buero", "fuer", "Fuer", "Schueler",
			"Gruendung", "Foerder", "foerder", "Selbstaendig", "selbstaendig", "Traeger", "traeger", "Buecherei",
			"Kraefte", "Einbuergerung", "Staetten", "staetten", "Fruehkind", "Uebung", "Pruef");

	/** Columns that hold ids or machine values and so may contain transliterations. */
	private static final Set<String> MACHINE_COLUMNS = Set.of("id", "from", "to", "email", "website");

	private static final Map<String, Table> nodeTables = new TreeMap<>();

	private static final Map<String, Table> relationshipTables = new TreeMap<>();

	/** Label of every node id across all node files. */
	private static final Map<String, String> labelOfId = new HashMap<>();

	@BeforeAll
	static void readSeed() throws IOException {
		nodeTables.putAll(readTables(SEED.resolve("nodes")));
		relationshipTables.putAll(readTables(SEED.resolve("relationships")));
		nodeTables
			.forEach((label, table) -> table.rows().forEach((row) -> labelOfId.putIfAbsent(row.get("id"), label)));
	}

	static Stream<Arguments> planChecklist() {
		return PLAN_CHECKLIST.lines().filter((line) -> !line.isBlank()).map((line) -> {
			String[] parts = line.split("\\|", 2);
			return Arguments.of(parts[0], parts[1]);
		});
	}

	@ParameterizedTest(name = "{0}|{1}")
	@MethodSource("planChecklist")
	void seedContainsEveryNameThePlanGives(String label, String name) {
		assertThat(nodeTables).as("node file for %s", label).containsKey(label);
		assertThat(nodeTables.get(label).rows()).extracting((row) -> row.get("name"))
			.as("names in %s.csv", label)
			.contains(name);
	}

	@Test
	void planChecklistNamesOnlyKnownLabels() {
		assertThat(planChecklist().map((arguments) -> (String) arguments.get()[0])).allMatch(NODE_COLUMNS::containsKey);
	}

	@Test
	void everyExpectedFileExistsWithItsHeader() {
		assertThat(nodeTables.keySet()).containsExactlyInAnyOrderElementsOf(NODE_COLUMNS.keySet());
		assertThat(relationshipTables.keySet()).containsExactlyInAnyOrderElementsOf(RELATIONSHIP_TYPES.keySet());
		NODE_COLUMNS
			.forEach((label, columns) -> assertThat(nodeTables.get(label).header()).as("header of nodes/%s.csv", label)
				.containsExactlyElementsOf(columns));
		RELATIONSHIP_TYPES.forEach((type, spec) -> assertThat(relationshipTables.get(type).header())
			.as("header of relationships/%s.csv", type)
			.containsExactlyElementsOf(spec.columns()));
	}

	@Test
	void everyRowHasOneFieldPerColumn() {
		List<String> problems = new ArrayList<>();
		allTables().forEach((name, table) -> {
			for (int i = 0; i < table.fieldCounts().size(); i++) {
				if (table.fieldCounts().get(i) != table.header().size()) {
					problems.add(name + " row " + (i + 1) + " has " + table.fieldCounts().get(i) + " fields");
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void filesAreUtf8WithoutBomWithLfLineEndings() throws IOException {
		for (Path file : csvFiles()) {
			byte[] bytes = Files.readAllBytes(file);
			assertThat(bytes.length).as("%s is not empty", file).isPositive();
			assertThat(bytes[0]).as("%s starts without a BOM", file).isNotEqualTo((byte) 0xEF);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).as("%s line endings", file)
				.doesNotContain("\r")
				.endsWith("\n");
		}
	}

	@Test
	void seedFilesHaveNoOcrMisspellings() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : csvFiles()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			for (String misspelling : OCR_MISSPELLINGS) {
				if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(misspelling)).matcher(text).find()) {
					problems.add(file + ": " + misspelling);
				}
			}
			for (String misspelling : OCR_MISSPELLED_WORDS) {
				if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(misspelling) + "(?!\\p{L})").matcher(text).find()) {
					problems.add(file + ": " + misspelling);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void namesAndDescriptionsUseUmlauts() {
		List<String> problems = new ArrayList<>();
		allTables().forEach((name, table) -> table.rows()
			.forEach((row) -> row.forEach((column, value) -> TRANSLITERATIONS.stream()
				.filter((word) -> !MACHINE_COLUMNS.contains(column) && value.contains(word))
				.forEach((word) -> problems.add(name + " " + column + " '" + value + "': " + word)))));
		assertThat(problems).isEmpty();
	}

	@Test
	void idsAreSlugsAndUniqueAcrossAllNodeFiles() {
		Map<String, List<String>> labelsById = new HashMap<>();
		nodeTables.forEach((label, table) -> table.rows()
			.forEach((row) -> labelsById.computeIfAbsent(row.get("id"), (id) -> new ArrayList<>()).add(label)));
		assertThat(labelsById.keySet()).allSatisfy((id) -> {
			assertThat(id).matches(SLUG);
			assertThat(id.length()).as("length of %s", id).isLessThanOrEqualTo(MAX_ID_LENGTH);
		});
		assertThat(labelsById).allSatisfy((id, labels) -> assertThat(labels).as("files holding id %s", id).hasSize(1));
	}

	@Test
	void everyNodeHasAName() {
		nodeTables.forEach((label, table) -> assertThat(table.rows()).as("%s.csv", label)
			.isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("name")).as("name of %s", row.get("id")).isNotBlank()));
	}

	@Test
	void relationshipEndpointsExistWithAllowedLabels() {
		List<String> problems = new ArrayList<>();
		relationshipTables.forEach((type, table) -> {
			Set<String> allowed = RELATIONSHIP_TYPES.get(type).endpoints();
			for (Map<String, String> row : table.rows()) {
				String fromLabel = labelOfId.get(row.get("from"));
				String toLabel = labelOfId.get(row.get("to"));
				if (fromLabel == null || toLabel == null) {
					problems.add(type + " " + row.get("from") + " -> " + row.get("to") + ": unknown id");
				}
				else if (!allowed.contains(fromLabel + "->" + toLabel)) {
					problems.add(type + " " + row.get("from") + " -> " + row.get("to") + ": " + fromLabel + "->"
							+ toLabel + " not allowed");
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyRelationshipTypeIsUsed() {
		RELATIONSHIP_TYPES.keySet()
			.forEach((type) -> assertThat(relationshipTables.get(type).rows()).as("rows of %s.csv", type).isNotEmpty());
	}

	@Test
	void relationshipRowsAreNotDuplicated() {
		relationshipTables.forEach((type, table) -> {
			Set<String> seen = new HashSet<>();
			table.rows()
				.forEach((row) -> assertThat(seen.add(row.get("from") + "|" + row.get("to") + "|" + row.get("since")))
					.as("%s %s -> %s since '%s' appears once", type, row.get("from"), row.get("to"), row.get("since"))
					.isTrue());
		});
	}

	@Test
	void datesParseAndSinceIsNotAfterUntil() {
		relationshipTables.forEach((type, table) -> table.rows().forEach((row) -> {
			String where = type + " " + row.get("from") + " -> " + row.get("to");
			assertPeriod(where, row.get("since"), row.get("until"));
		}));
		nodeTables.get("Contract")
			.rows()
			.forEach((row) -> assertPeriod("Contract " + row.get("id"), row.get("valid_from"), row.get("valid_until")));
		nodeTables.get("Event")
			.rows()
			.forEach((row) -> assertThat(parseDate("Event " + row.get("id"), row.get("date"))).isNotNull());
	}

	@Test
	void seedKeepsEndedTiesSoCurrentStateCanBeFiltered() {
		LocalDate today = LocalDate.now();
		assertThat(relationshipTables.values().stream().flatMap((table) -> table.rows().stream()))
			.anySatisfy((row) -> assertThat(row.get("until")).isNotEmpty()
				.satisfies((until) -> assertThat(LocalDate.parse(until)).isBefore(today)));
	}

	@Test
	void enumColumnsHoldAllowedValues() {
		ENUMS.forEach((column, allowed) -> assertThat(values(column)).as(column).allMatch(allowed::contains));
		OPTIONAL_ENUMS.forEach((column, allowed) -> assertThat(values(column)).as(column)
			.allMatch((value) -> value.isEmpty() || allowed.contains(value)));
	}

	@Test
	void foundedYearsAreYears() {
		assertThat(values("Network.founded_year")).allMatch((year) -> year.isEmpty() || year.matches("(19|20)\\d\\d"));
	}

	@Test
	void languagesHaveUniqueIsoCodes() {
		List<String> codes = values("Language.code");
		assertThat(codes).allMatch((code) -> code.matches("[a-z]{2}")).doesNotHaveDuplicates();
	}

	@Test
	void samplePersonsHaveFictionalContactData() {
		assertThat(nodeTables.get("Person").rows()).allSatisfy((row) -> {
			assertThat(row.get("email")).as("email of %s", row.get("id")).matches("^$|^[a-z0-9.-]+@example\\.org$");
			assertThat(row.get("phone")).as("phone of %s", row.get("id")).matches("^$|^\\+49 2323 0000-\\d{3}$");
		});
	}

	@Test
	void csvReaderHandlesQuotesCommasAndLineBreaks() {
		assertThat(parseCsv("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n"))
			.containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("", "", ""));
	}

	private static void assertPeriod(String where, String from, String until) {
		LocalDate start = parseDate(where, from);
		LocalDate end = parseDate(where, until);
		if (start != null && end != null) {
			assertThat(start).as("%s: start %s not after end %s", where, start, end).isBeforeOrEqualTo(end);
		}
	}

	private static LocalDate parseDate(String where, String value) {
		if (value.isEmpty()) {
			return null;
		}
		assertThat(value).as("%s: date", where).matches("\\d{4}-\\d{2}-\\d{2}");
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new AssertionError(where + ": '" + value + "' is no ISO date", ex);
		}
	}

	/**
	 * Values of a {@code File.column}, where File is a node label or relationship type.
	 */
	private static List<String> values(String fileAndColumn) {
		String[] parts = fileAndColumn.split("\\.", 2);
		Table table = allTables().get(parts[0]);
		assertThat(table).as("file %s", parts[0]).isNotNull();
		assertThat(table.header()).as("columns of %s", parts[0]).contains(parts[1]);
		return table.rows().stream().map((row) -> row.get(parts[1])).collect(Collectors.toList());
	}

	private static Map<String, Table> allTables() {
		Map<String, Table> all = new TreeMap<>(nodeTables);
		all.putAll(relationshipTables);
		return all;
	}

	private static List<Path> csvFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("nodes", "relationships")) {
			try (Stream<Path> list = Files.list(SEED.resolve(folder))) {
				list.filter((file) -> file.toString().endsWith(".csv")).sorted().forEach(files::add);
			}
		}
		return files;
	}

	private static Map<String, Table> readTables(Path folder) throws IOException {
		Map<String, Table> tables = new TreeMap<>();
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.filter((f) -> f.toString().endsWith(".csv")).sorted().toList()) {
				String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
				try {
					tables.put(name, Table.of(parseCsv(decodeUtf8(file))));
				}
				catch (IllegalArgumentException ex) {
					throw new IOException(file + " is not valid CSV: " + ex.getMessage(), ex);
				}
			}
		}
		return tables;
	}

	private static String decodeUtf8(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IOException(file + " is not valid UTF-8", ex);
		}
	}

	/**
	 * Parses RFC 4180 CSV: fields separated by commas, records by LF (CRLF tolerated
	 * here; a separate test forbids it), fields in double quotes may hold commas, quotes
	 * written as {@code ""} and line breaks.
	 */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean afterClosingQuote = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c != '"') {
					field.append(c);
				}
				else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					quoted = false;
					afterClosingQuote = true;
				}
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				afterClosingQuote = false;
			}
			else if (c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
				if (c == '\r') {
					i++;
				}
				record.add(field.toString());
				records.add(record);
				record = new ArrayList<>();
				field.setLength(0);
				afterClosingQuote = false;
			}
			else if (afterClosingQuote) {
				throw new IllegalArgumentException("text after closing quote at character " + i);
			}
			else if (c == '"') {
				if (field.length() > 0) {
					throw new IllegalArgumentException("quote inside unquoted field at character " + i);
				}
				quoted = true;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("unterminated quoted field");
		}
		if (field.length() > 0 || !record.isEmpty() || afterClosingQuote) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	private static Map.Entry<String, RelationshipType> type(String name, List<String> extraColumns,
			Set<String> endpoints) {
		List<String> columns = new ArrayList<>(RELATIONSHIP_BASE_COLUMNS);
		columns.addAll(extraColumns);
		return Map.entry(name, new RelationshipType(List.copyOf(columns), endpoints));
	}

	private static Set<String> endpoints(List<String> fromLabels, List<String> toLabels) {
		Set<String> pairs = new HashSet<>();
		fromLabels.forEach((from) -> toLabels.forEach((to) -> pairs.add(from + "->" + to)));
		return pairs;
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> all = new HashSet<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * The columns of a relationship file and its allowed {@code FromLabel->ToLabel}
	 * pairs.
	 */
	private record RelationshipType(List<String> columns, Set<String> endpoints) {
	}

	/**
	 * A parsed CSV file: the header, one map per data row keyed by column (an empty field
	 * is an empty string, a missing one too) and the number of fields each row really
	 * had.
	 */
	private record Table(List<String> header, List<Map<String, String>> rows, List<Integer> fieldCounts) {

		static Table of(List<List<String>> records) {
			List<String> header = records.isEmpty() ? List.of() : records.get(0);
			List<Map<String, String>> rows = new ArrayList<>();
			List<Integer> fieldCounts = new ArrayList<>();
			for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < Math.max(header.size(), record.size()); i++) {
					String column = (i < header.size()) ? header.get(i) : "#" + i;
					row.put(column, (i < record.size()) ? record.get(i) : "");
				}
				rows.add(row);
				fieldCounts.add(record.size());
			}
			return new Table(header, rows, fieldCounts);
		}

	}

}
