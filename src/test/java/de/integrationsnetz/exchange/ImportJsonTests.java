package de.integrationsnetz.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Importing the JSON document an export writes ({@code integrationsnetz.json}) through
 * the loader, the {@code import} command and the {@code importGraph} mutation: the same
 * reader, checks, comparison and audit as CSV files, problems named by their place in the
 * document, nothing written for a malformed document or a wrong format marker. Every test
 * writes only ids starting with {@value #PREFIX} and removes them and their audit entries
 * afterwards. The round trip into an empty database is in {@link ExportRoundTripTests}.
 */
class ImportJsonTests extends GraphIntegrationTest {

	static final String PREFIX = "jsontest-";

	@Autowired
	private SeedLoader loader;

	@Autowired
	private GraphExport export;

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
	void importingTheJsonExportOfTheSeededGraphChangesNothing(@TempDir Path dir) throws IOException {
		String document = this.export.export(GraphExport.ExportFormat.JSON).files().get(0).content();
		Files.writeString(dir.resolve(GraphExport.JSON_FILE), document);
		long auditBefore = allAuditEntries();

		ImportReport report = this.loader.importFiles(SeedFiles.fromPath(dir, null), false, ImportProgress.NONE);

		assertThat(report.errors()).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.nodes()).hasSize(12)
			.allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(report.relationships()).hasSize(19)
			.allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(report.count("Person").unchangedIds()).contains("kim-muster", "alex-beispiel");
		assertThat(report.duplicates()).isEmpty();
		assertThat(allAuditEntries()).isEqualTo(auditBefore);
		assertThat(storedProperties("kim-muster")).containsEntry("version", 1L);
	}

	@Test
	void importsAJsonDocumentWithTheChecksAndAuditOfCsv(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("abteilung.json");
		Files.writeString(file,
				"""
						{ "format": "integrationsnetz/1",
						  "nodes": {
						    "Department": [ { "id": "jsontest-abt", "name": "Ausländerbehörde JSON", "short_name": null,
						                      "kind": "sub_unit", "integration_relevant": true, "description": "zwei\\nZeilen" } ],
						    "Person": [ { "id": "jsontest-kim", "name": "Kim Jäger", "job_title": "Beratung, \\"Zuwanderung\\"" } ],
						    "Topic": []
						  },
						  "relationships": {
						    "WORKS_IN": [ { "from": "jsontest-kim", "to": "jsontest-abt", "since": "2024-02-01", "until": null,
						                    "function": "Beratung" } ]
						  }
						}
						""");
		long auditBefore = allAuditEntries();

		ImportReport dryRun = this.loader.importFiles(SeedFiles.fromPath(file, null), true, ImportProgress.NONE);

		assertThat(dryRun.errors()).isEmpty();
		assertThat(dryRun.nodes()).extracting(ImportReport.ImportCount::name)
			.containsExactly("Department", "Person", "Topic");
		assertThat(dryRun.count("Person").createdIds()).containsExactly("jsontest-kim");
		assertThat(entityExists("jsontest-kim")).isFalse();

		ImportReport report = this.loader.importFiles(SeedFiles.fromPath(file, null), false, ImportProgress.NONE);

		assertThat(report.errors()).isEmpty();
		assertThat(report.count("WORKS_IN").createdIds()).containsExactly("jsontest-kim>jsontest-abt@2024-02-01");
		assertThat(storedProperties("jsontest-abt")).containsEntry("kind", "SUB_UNIT")
			.containsEntry("integrationRelevant", true)
			.containsEntry("description", "zwei\nZeilen")
			.containsEntry("version", 1L);
		assertThat(storedProperties("jsontest-kim")).containsEntry("jobTitle", "Beratung, \"Zuwanderung\"")
			.doesNotContainKey("email");
		assertThat(allAuditEntries()).isEqualTo(auditBefore + 3);

		ImportReport again = this.loader.importFiles(SeedFiles.fromPath(file, null), false, ImportProgress.NONE);
		assertThat(again.nodes()).allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(allAuditEntries()).isEqualTo(auditBefore + 3);
	}

	@Test
	void reportsEveryBadObjectByItsPlaceInTheDocumentAndWritesNothing(@TempDir Path dir) throws IOException {
		Path file = dir.resolve(GraphExport.JSON_FILE);
		Files.writeString(file,
				"""
						{
						  "format": "integrationsnetz/1",
						  "nodes": {
						    "Department": [
						      { "id": "jsontest-abt", "name": "Abteilung", "kind": "DEPARTMENT", "integration_relevant": true },
						      { "id": "jsontest-abt", "name": "Abteilung nochmal", "kind": "DEPARTMENT", "integration_relevant": true }
						    ],
						    "Person": [
						      { "id": "jsontest-eins", "name": "Eins", "job_title": "zwei\\nZeilen\\nund drei" },
						      { "id": "jsontest-zwei", "name": null },
						      { "id": "jsontest-drei", "name": { "first": "Drei" } },
						      "jsontest-vier"
						    ],
						    "Topic": [ { "id": "jsontest-thema", "name": "Thema", "farbe": "rot" } ],
						    "Unbekannt": []
						  },
						  "relationships": {
						    "MEMBER_OF": [
						      { "from": "jsontest-eins", "to": "internes-netzwerk-integration" },
						      { "from": "jsontest-eins", "to": "gibt-es-nicht", "since": "2024-13-01" },
						      { "from": "jsontest-eins", "to": "internes-netzwerk-integration", "since": null }
						    ]
						  }
						}
						""");
		long auditBefore = allAuditEntries();

		ImportReport report = this.loader.importFiles(SeedFiles.fromPath(file, null), false, ImportProgress.NONE);

		assertThat(report.written()).isFalse();
		assertThat(report.errors()).extracting(SeedProblem::toString)
			.containsExactlyInAnyOrder(
					"integrationsnetz.json: nodes.Unbekannt: unknown label; expected one of Channel, Contract, "
							+ "Department, Event, Language, Network, Offering, Organisation, Person, TargetGroup, "
							+ "Topic, WorkingGroup",
					"integrationsnetz.json: nodes.Person[2]: name must be a string, a number, a boolean or null",
					"integrationsnetz.json: nodes.Person[3]: must be an object",
					"integrationsnetz.json: nodes.Topic[0]: unknown member 'farbe'; the members are the columns "
							+ "of nodes/Topic.csv: id, name, description, archived",
					"integrationsnetz.json: nodes.Department[1]: id 'jsontest-abt' is used twice: "
							+ "also Department at nodes.Department[0]",
					"integrationsnetz.json: nodes.Person[1]: name is required",
					"integrationsnetz.json: relationships.MEMBER_OF[1]: to 'gibt-es-nicht' is no known id",
					"integrationsnetz.json: relationships.MEMBER_OF[1]: since must be a date YYYY-MM-DD "
							+ "(or TT.MM.JJJJ), was '2024-13-01'",
					"integrationsnetz.json: relationships.MEMBER_OF[2]: the same MEMBER_OF from 'jsontest-eins' to "
							+ "'internes-netzwerk-integration' with the same since appears twice "
							+ "(also relationships.MEMBER_OF[0])");
		assertThat(report.errors()).allSatisfy((problem) -> {
			assertThat(problem.file()).isEqualTo(GraphExport.JSON_FILE);
			assertThat(problem.line()).isNull();
		});
		assertThat(entityExists("jsontest-eins")).isFalse();
		assertThat(entityExists("jsontest-abt")).isFalse();
		assertThat(allAuditEntries()).isEqualTo(auditBefore);
	}

	@Test
	void reportsAMalformedDocumentOrAWrongFormatAndWritesNothing() {
		String valid = """
				{ "format": "integrationsnetz/1",
				  "nodes": { "Topic": [ { "id": "jsontest-thema", "name": "Thema", "description": null } ] } }
				""";
		long auditBefore = allAuditEntries();

		ImportReport malformed = this.loader.importFiles(JsonDocument.read(GraphExport.JSON_FILE,
				valid.replace("null }", "null ").getBytes(StandardCharsets.UTF_8)), false, ImportProgress.NONE);
		assertThat(malformed.written()).isFalse();
		assertThat(malformed.errors()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo(GraphExport.JSON_FILE);
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.message()).startsWith("not valid JSON (column ");
		});

		ImportReport wrongFormat = this.loader.importFiles(
				JsonDocument.read(GraphExport.JSON_FILE,
						valid.replace("integrationsnetz/1", "integrationsnetz/2").getBytes(StandardCharsets.UTF_8)),
				false, ImportProgress.NONE);
		assertThat(wrongFormat.errors()).extracting(SeedProblem::toString)
			.containsExactly(
					"integrationsnetz.json: format: must be \"integrationsnetz/1\", was \"integrationsnetz/2\"; "
							+ "an import reads the document integrationsnetz.json that an export writes");

		ImportReport notAnObject = this.loader.importFiles(
				JsonDocument.read("liste.json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), false, ImportProgress.NONE);
		assertThat(notAnObject.errors()).extracting(SeedProblem::file).containsExactly("liste.json");

		ImportReport duplicateMember = this.loader.importFiles(JsonDocument.read(GraphExport.JSON_FILE,
				valid.replace("\"name\": \"Thema\"", "\"name\": \"Thema\", \"name\": \"Zwei\"")
					.getBytes(StandardCharsets.UTF_8)),
				false, ImportProgress.NONE);
		assertThat(duplicateMember.errors()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("not valid JSON", "name"));

		assertThat(entityExists("jsontest-thema")).isFalse();
		assertThat(allAuditEntries()).isEqualTo(auditBefore);

		ImportReport ok = this.loader.importFiles(
				JsonDocument.read(GraphExport.JSON_FILE, ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8)), true,
				ImportProgress.NONE);
		assertThat(ok.errors()).isEmpty();
	}

	@Test
	void importCommandTakesAJsonFileOrADirectoryWithOnlyTheDocument(@TempDir Path dir) throws IOException {
		Path json = dir.resolve(GraphExport.JSON_FILE);
		Files.writeString(json, """
				{"format": "integrationsnetz/1", "nodes": {"Channel": [
				  {"id": "jsontest-kanal", "name": "Straßenfest", "description": "Für Bürger"}]}}
				""");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		this.importCommand.output(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			this.importCommand.run(new DefaultApplicationArguments("import", json.toString(), "--dry-run"));
			assertThat(this.importCommand.getExitCode()).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Dry run: nothing was written")
				.contains("Channel: 1 created, 0 updated, 0 unchanged");
			assertThat(err.toString(StandardCharsets.UTF_8))
				.contains("100% checking integrationsnetz.json: nodes.Channel");
			assertThat(entityExists("jsontest-kanal")).isFalse();

			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import", dir.toString()));
			assertThat(this.importCommand.getExitCode()).isZero();
			assertThat(err.toString(StandardCharsets.UTF_8))
				.contains("100% writing integrationsnetz.json: nodes.Channel");
			assertThat(storedProperties("jsontest-kanal")).containsEntry("name", "Straßenfest");

			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import", json.toString(), "--encoding", "utf-8"));
			assertThat(this.importCommand.getExitCode()).isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("a JSON document is always UTF-8");

			Files.createDirectories(dir.resolve("nodes"));
			Files.writeString(dir.resolve("nodes/Channel.csv"), "id,name,description\n");
			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import", dir.toString()));
			assertThat(this.importCommand.getExitCode()).isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("holds both CSV files and integrationsnetz.json")
				.contains(ImportCommand.USAGE);

			Files.writeString(json, "{\"format\": \"integrationsnetz/1\", \"nodes\": {\"Channel\": [{\"id\": \"x\"");
			err.reset();
			this.importCommand.run(new DefaultApplicationArguments("import", json.toString()));
			assertThat(this.importCommand.getExitCode()).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("integrationsnetz.json:1: not valid JSON");
		}
		finally {
			this.importCommand.output(System.out, System.err);
		}
	}

	@Test
	void importGraphMutationTakesTheJsonDocumentAlone() {
		String document = """
				{"format": "integrationsnetz/1", "nodes": {"Person": [
				  {"id": "jsontest-oezlem", "name": "Özlem Straß"},
				  {"id": "jsontest-ohne-name"}]}}
				""";
		String mutation = """
				mutation($files: [ImportFile!]!, $dryRun: Boolean, $encoding: String) {
				  importGraph(files: $files, dryRun: $dryRun, encoding: $encoding) {
				    written
				    nodes { name createdIds }
				    errors { file line location message }
				  }
				}
				""";
		graphQl().document(mutation)
			.variable("files", List.of(Map.of("path", "integrationsnetz.json", "content", document)))
			.variable("dryRun", false)
			.execute()
			.path("importGraph.written")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("importGraph.errors")
			.matchesJson("""
					[{"file": "integrationsnetz.json", "line": null, "location": "nodes.Person[1]",
					  "message": "name is required"}]
					""");
		assertThat(entityExists("jsontest-oezlem")).isFalse();

		String good = document.replace(",\n  {\"id\": \"jsontest-ohne-name\"}", "");
		graphQl().document(mutation)
			.variable("files",
					List.of(Map.of("path", "integrationsnetz.json", "contentBase64",
							java.util.Base64.getEncoder().encodeToString(good.getBytes(StandardCharsets.UTF_8)))))
			.variable("dryRun", false)
			.execute()
			.path("importGraph.errors")
			.matchesJson("[]")
			.path("importGraph.nodes[0].createdIds")
			.entityList(String.class)
			.containsExactly("jsontest-oezlem");
		assertThat(storedProperties("jsontest-oezlem")).containsEntry("name", "Özlem Straß");

		graphQl().document(mutation)
			.variable("files",
					List.of(Map.of("path", "integrationsnetz.json", "content", good),
							Map.of("path", "nodes/Topic.csv", "content", "id,name,description\n")))
			.variable("encoding", "windows-1252")
			.execute()
			.path("importGraph.errors[*].file")
			.entityList(String.class)
			.containsExactly("integrationsnetz.json", "encoding");
	}

	private long allAuditEntries() {
		return this.neo4j.query("MATCH (a:AuditEntry) RETURN count(a)").fetchAs(Long.class).one().orElseThrow();
	}

}
