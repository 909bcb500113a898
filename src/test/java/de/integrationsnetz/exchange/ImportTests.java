package de.integrationsnetz.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing files in the graph-seed format as spreadsheet programs write them, through
 * the loader, the {@code import} command and the {@code importGraph} mutation: encodings,
 * separators and German headers, every problem by file and line with nothing written, the
 * dry run's report with possible duplicates, and idempotence. Every test writes only ids
 * starting with {@value #PREFIX} and removes them and their audit entries afterwards.
 */
class ImportTests extends GraphIntegrationTest {

	static final String PREFIX = "imptest-";

	private static final Charset CP1252 = CsvReader.WINDOWS_1252;

	@Autowired
	private SeedLoader loader;

	@Autowired
	private ImportCommand importCommand;

	@Autowired
	private Neo4jClient neo4j;

	@AfterEach
	void removeTestEntities() {
		this.neo4j.query("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
			.bind(PREFIX)
			.to("prefix")
			.run();
		this.neo4j.query("MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH $prefix DETACH DELETE a")
			.bind(PREFIX)
			.to("prefix")
			.run();
	}

	@Test
	void importsWindows1252WithSemicolonsAndGermanHeaders(@TempDir Path dir) throws IOException {
		write(dir, "nodes/Department.csv", """
				ID;Name;Kurzname;Art;Integrationsrelevant;Beschreibung\r
				imptest-abh;Ausländerbehörde Test;ABH;SUB_UNIT;WAHR;"Büro für Straßenfragen; ""Zuwanderung""\"\r
				""", CP1252);
		write(dir, "nodes/Person.csv", """
				id;Name;Stellenbezeichnung;E-Mail;Telefon\r
				imptest-juergen;Jürgen Groß;Sachbearbeitung;;\r
				""", CP1252);
		write(dir, "relationships/WORKS_IN.csv", """
				Von;Nach;Seit;Bis;Funktion\r
				imptest-juergen;imptest-abh;01.02.2024;;Beratung\r
				""", CP1252);
		write(dir, "relationships/MEMBER_OF.csv", """
				von;nach;seit;bis;rolle\r
				imptest-juergen;internes-netzwerk-integration;2024-02-01;;Mitglied\r
				""", CP1252);

		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), false, ImportProgress.NONE);

		assertThat(report.errors()).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.count("Department").createdIds()).containsExactly("imptest-abh");
		assertThat(report.count("WORKS_IN").createdIds()).containsExactly("imptest-juergen>imptest-abh@2024-02-01");
		Map<String, Object> department = storedProperties("imptest-abh");
		assertThat(department).containsEntry("name", "Ausländerbehörde Test")
			.containsEntry("integrationRelevant", true)
			.containsEntry("description", "Büro für Straßenfragen; \"Zuwanderung\"")
			.containsEntry("searchName", "auslaenderbehoerde test")
			.containsEntry("version", 1L);
		assertThat(storedProperties("imptest-juergen")).containsEntry("name", "Jürgen Groß");
		assertThat(this.neo4j.query("""
				MATCH (:Person {id: 'imptest-juergen'})-[r:WORKS_IN]->(:Department {id: 'imptest-abh'})
				RETURN toString(r.since) + ' ' + r.function
				""").fetchAs(String.class).one()).contains("2024-02-01 Beratung");
		assertThat(auditEntries()).isEqualTo(4);
	}

	@Test
	void readsUtf8WithByteOrderMarkAndEnglishHeadersInAnyOrder(@TempDir Path dir) throws IOException {
		write(dir, "nodes/Topic.csv", "\uFEFFdescription,Name,ID\nÜber Straßen,Straßensozialarbeit,imptest-strasse\n",
				StandardCharsets.UTF_8);
		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), true, ImportProgress.NONE);
		assertThat(report.errors()).isEmpty();
		assertThat(report.dryRun()).isTrue();
		assertThat(report.written()).isFalse();
		assertThat(report.count("Topic").createdIds()).containsExactly("imptest-strasse");
		assertThat(entityExists("imptest-strasse")).isFalse();
	}

	@Test
	void reportsUndecodableBytesByFileAndWritesNothing(@TempDir Path dir) throws IOException {
		write(dir, "nodes/Topic.csv", "id,name,description\nimptest-gut,Gut,\n", StandardCharsets.UTF_8);
		Files.write(dir.resolve("nodes/Person.csv"),
				new byte[] { 'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 'x', ',', (byte) 0xE4, (byte) 0x81, '\n' });
		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), false, ImportProgress.NONE);
		assertThat(report.written()).isFalse();
		assertThat(report.errors()).containsExactly(new SeedProblem("nodes/Person.csv", 2,
				"neither UTF-8 nor Windows-1252: byte 0x81 is not valid windows-1252"));
		assertThat(entityExists("imptest-gut")).isFalse();
	}

	@Test
	void reportsEveryBadRowByFileAndLineAndWritesNothing(@TempDir Path dir) throws IOException {
		write(dir, "nodes/Person.csv", """
				id,name,job_title,email,phone
				imptest-eins,Eins,,,
				imptest-zwei,Zwei,,
				""", StandardCharsets.UTF_8);
		write(dir, "nodes/Department.csv", """
				id,name,short_name,kind,integration_relevant,description
				imptest-abt,Abteilung,,DEPARTMENT,true,
				imptest-abt,Abteilung nochmal,,DEPARTMENT,true,
				""", StandardCharsets.UTF_8);
		write(dir, "nodes/Topic.csv", "id,name,farbe\nimptest-thema,Thema,rot\n", StandardCharsets.UTF_8);
		write(dir, "relationships/MEMBER_OF.csv", """
				from,to,since,until,role
				imptest-eins,internes-netzwerk-integration,,,
				imptest-eins,gibt-es-nicht,,,
				""", StandardCharsets.UTF_8);
		write(dir, "nodes/Unbekannt.csv", "id,name\n", StandardCharsets.UTF_8);
		long auditBefore = allAuditEntries();

		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), false, ImportProgress.NONE);

		assertThat(report.written()).isFalse();
		assertThat(report.errors()).extracting(SeedProblem::toString)
			.containsExactlyInAnyOrder(
					"nodes/Unbekannt.csv: unknown file: a set holds nodes/<Label>.csv and relationships/<TYPE>.csv of the format",
					"nodes/Department.csv:3: id 'imptest-abt' is used twice: also Department at nodes/Department.csv:2",
					"nodes/Person.csv:3: 4 fields, expected 5",
					"nodes/Topic.csv:1: unknown column 'farbe'; expected id,name,description (or their German names)",
					"nodes/Topic.csv:1: column description is missing",
					"relationships/MEMBER_OF.csv:3: to 'gibt-es-nicht' is no known id");
		assertThat(entityExists("imptest-eins")).isFalse();
		assertThat(entityExists("imptest-abt")).isFalse();
		assertThat(allAuditEntries()).isEqualTo(auditBefore);
	}

	@Test
	void dryRunReportsCreatedUpdatedUnchangedAndPossibleDuplicates(@TempDir Path dir) throws IOException {
		String seedPersons = Files.readString(Path.of("graph-seed/nodes/Person.csv"));
		String alex = seedPersons.lines().filter((line) -> line.startsWith("alex-beispiel,")).findFirst().orElseThrow();
		String kim = seedPersons.lines().filter((line) -> line.startsWith("kim-muster,")).findFirst().orElseThrow();
		write(dir, "nodes/Person.csv",
				seedPersons.lines().findFirst().orElseThrow() + "\n" + alex + "\n"
						+ kim.replace("Sachbearbeitung Integration", "Sachgebietsleitung Integration") + "\n"
						+ "imptest-alex,ALEX  BEISPIEL,,,,,,\n",
				StandardCharsets.UTF_8);
		write(dir, "nodes/Topic.csv", "id,name,description\nimptest-sprache,Sprachfoerderung,\n",
				StandardCharsets.UTF_8);
		write(dir, "relationships/WORKS_IN.csv",
				"from,to,since,until,function\nimptest-alex,koordinierungsbuero-migration-integration,,,\n",
				StandardCharsets.UTF_8);
		Map<String, Object> kimBefore = storedProperties("kim-muster");

		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), true, ImportProgress.NONE);

		assertThat(report.errors()).isEmpty();
		ImportReport.ImportCount persons = report.count("Person");
		assertThat(persons.createdIds()).containsExactly("imptest-alex");
		assertThat(persons.updatedIds()).containsExactly("kim-muster");
		assertThat(persons.unchangedIds()).containsExactly("alex-beispiel");
		assertThat(List.of(persons.created(), persons.updated(), persons.unchanged())).containsExactly(1, 1, 1);
		assertThat(report.count("WORKS_IN").createdIds())
			.containsExactly("imptest-alex>koordinierungsbuero-migration-integration");
		assertThat(report.duplicates()).anySatisfy((duplicate) -> {
			assertThat(duplicate.label()).isEqualTo("Person");
			assertThat(duplicate.scope()).isEqualTo("koordinierungsbuero-migration-integration");
			assertThat(duplicate.ids()).containsExactly("alex-beispiel", "imptest-alex");
		}).anySatisfy((duplicate) -> {
			assertThat(duplicate.label()).isEqualTo("Topic");
			assertThat(duplicate.scope()).isNull();
			assertThat(duplicate.ids()).containsExactly("imptest-sprache", "sprachfoerderung");
			assertThat(duplicate.message()).contains("Sprachförderung", "Sprachfoerderung");
		});
		assertThat(entityExists("imptest-alex")).isFalse();
		assertThat(storedProperties("kim-muster")).isEqualTo(kimBefore);
	}

	@Test
	void importingTheSameFilesAgainChangesNothing(@TempDir Path dir) throws IOException {
		write(dir, "nodes/Organisation.csv", """
				id,name,kind,description,website
				imptest-verein,Verein Groß & Klein e. V.,ASSOCIATION,,https://example.org
				""", StandardCharsets.UTF_8);
		write(dir, "relationships/MEMBER_OF.csv", """
				from,to,since,until,role
				imptest-verein,internes-netzwerk-integration,2020-01-01,2024-12-31,Mitglied
				""", StandardCharsets.UTF_8);
		SeedFiles files = SeedFiles.fromDirectory(dir, null);
		assertThat(this.loader.importFiles(files, false, ImportProgress.NONE).errors()).isEmpty();
		long audit = auditEntries();
		assertThat(audit).isEqualTo(2);

		ImportReport again = this.loader.importFiles(files, false, ImportProgress.NONE);

		assertThat(again.nodes()).allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(again.relationships()).allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(again.count("Organisation").unchangedIds()).containsExactly("imptest-verein");
		assertThat(auditEntries()).isEqualTo(audit);
		assertThat(storedProperties("imptest-verein")).containsEntry("version", 1L);

		write(dir, "nodes/Organisation.csv", """
				Id;Name;Art;Beschreibung;Webseite
				imptest-verein;Verein Groß & Klein e. V.;association;Neu beschrieben;https://example.org
				""", CP1252);
		ImportReport changed = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), false, ImportProgress.NONE);
		assertThat(changed.count("Organisation").updatedIds()).containsExactly("imptest-verein");
		assertThat(storedProperties("imptest-verein")).containsEntry("version", 2L)
			.containsEntry("description", "Neu beschrieben");
		assertThat(auditEntries()).isEqualTo(audit + 1);
	}

	@Test
	void importingTheSeedIntoTheSeededGraphChangesNothing() {
		long auditBefore = allAuditEntries();
		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(Path.of("graph-seed"), null), false,
				ImportProgress.NONE);
		assertThat(report.errors()).isEmpty();
		assertThat(report.nodes()).hasSize(12)
			.allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(report.relationships()).hasSize(19)
			.allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(allAuditEntries()).isEqualTo(auditBefore);
	}

	@Test
	void importCommandShowsProgressAndTheReport(@TempDir Path dir) throws IOException {
		write(dir, "nodes/Channel.csv", "ID;Name;Beschreibung\r\nimptest-kanal;Straßenfest;Für Bürger\r\n", CP1252);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		this.importCommand.output(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			this.importCommand.run(new DefaultApplicationArguments("import", dir.toString(), "--dry-run", "--encoding",
					"windows-1252"));
			assertThat(this.importCommand.getExitCode()).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dry run: nothing was written")
				.contains("Channel: 1 created, 0 updated, 0 unchanged")
				.contains("created: imptest-kanal");
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("\r[")
				.contains("100% checking nodes/Channel.csv");
			assertThat(entityExists("imptest-kanal")).isFalse();

			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import", dir.toString()));
			assertThat(this.importCommand.getExitCode()).isZero();
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("100% writing nodes/Channel.csv");
			assertThat(storedProperties("imptest-kanal")).containsEntry("name", "Straßenfest");

			write(dir, "nodes/Channel.csv", "id;name\r\nimptest-kanal2;Ohne Beschreibung\r\n", CP1252);
			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import", dir.toString()));
			assertThat(this.importCommand.getExitCode()).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8))
				.contains("nodes/Channel.csv:1: column description is missing");

			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import"));
			assertThat(this.importCommand.getExitCode()).isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains(ImportCommand.USAGE);
		}
		finally {
			this.importCommand.output(System.out, System.err);
		}
	}

	@Test
	void importGraphMutationTakesTextAndBase64Windows1252() {
		String persons = "id;name;job_title;email;phone\nimptest-oezlem;Özlem Straß;;;\n";
		String base64 = Base64.getEncoder()
			.encodeToString("ID;Name;Beschreibung\r\nimptest-angebot-kanal;Hausbesuch bei Familien;Für Ältere\r\n"
				.getBytes(CP1252));
		String document = """
				mutation($files: [ImportFile!]!, $dryRun: Boolean) {
				  importGraph(files: $files, dryRun: $dryRun) {
				    dryRun written
				    nodes { name created updated unchanged createdIds }
				    errors { file line message }
				    duplicates { label ids }
				  }
				}
				""";
		List<Map<String, Object>> files = List.of(Map.of("path", "nodes/Person.csv", "content", persons),
				Map.of("path", "nodes/Channel.csv", "contentBase64", base64));
		graphQl().document(document)
			.variable("files", files)
			.variable("dryRun", true)
			.execute()
			.path("importGraph.written")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("importGraph.nodes[*].createdIds[*]")
			.entityList(String.class)
			.containsExactly("imptest-oezlem", "imptest-angebot-kanal");
		assertThat(entityExists("imptest-oezlem")).isFalse();

		graphQl().document(document)
			.variable("files", files)
			.variable("dryRun", false)
			.execute()
			.path("importGraph.errors")
			.matchesJson("[]")
			.path("importGraph.written")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(storedProperties("imptest-angebot-kanal")).containsEntry("description", "Für Ältere");
		assertThat(storedProperties("imptest-oezlem")).containsEntry("name", "Özlem Straß");

		graphQl().document(document)
			.variable("files",
					List.of(Map.of("path", "nodes/Person.csv", "content", "id,name\nimptest-x,X\n"),
							Map.of("path", "nodes/Channel.csv", "contentBase64",
									Base64.getEncoder().encodeToString(new byte[] { 'i', 'd', '\n', (byte) 0x9D }))))
			.variable("dryRun", false)
			.execute()
			.path("importGraph.errors[*].file")
			.entityList(String.class)
			.containsExactly("nodes/Person.csv", "nodes/Person.csv", "nodes/Person.csv", "nodes/Channel.csv")
			.path("importGraph.errors[3].line")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importGraph.written")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertThat(entityExists("imptest-x")).isFalse();
	}

	private static void write(Path dir, String path, String text, Charset charset) throws IOException {
		Path file = dir.resolve(path);
		Files.createDirectories(file.getParent());
		Files.write(file, text.getBytes(charset));
	}

	private long auditEntries() {
		return this.neo4j
			.query("MATCH (a:AuditEntry {action: 'IMPORT'}) WHERE a.entityId STARTS WITH $prefix RETURN count(a)")
			.bind(PREFIX)
			.to("prefix")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	private long allAuditEntries() {
		return this.neo4j.query("MATCH (a:AuditEntry) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
	}

}
