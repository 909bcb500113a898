package de.integrationsnetz.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting the seeded graph: CSV in exactly the graph-seed format (the same rows as the
 * seed files, sorted, deterministic), JSON as one document, through the exporter, the
 * {@code export} command and the {@code exportGraph} mutation. Importing an export
 * changes nothing.
 */
class ExportTests extends GraphIntegrationTest {

	@Autowired
	private GraphExport export;

	@Autowired
	private SeedLoader loader;

	@Autowired
	private ExportCommand exportCommand;

	@Test
	void exportsEveryFileOfTheSeedFormatWithTheSeedsRows() throws IOException {
		GraphExport.ExportResult result = this.export.export(GraphExport.ExportFormat.CSV);
		assertThat(result.files()).extracting(GraphExport.ExportFile::path)
			.containsExactlyElementsOf(SeedFiles.knownPaths());
		for (GraphExport.ExportFile file : result.files()) {
			String seed = Files.readString(Path.of("graph-seed").resolve(file.path()));
			assertThat(file.content()).as(file.path()).doesNotContain("\r").endsWith("\n");
			List<String> exported = file.content().lines().toList();
			List<String> seeded = seed.lines().toList();
			assertThat(exported.get(0)).as(file.path()).isEqualTo(seeded.get(0));
			assertThat(new HashSet<>(exported)).as(file.path()).isEqualTo(new HashSet<>(seeded));
			assertThat(exported).as(file.path()).hasSameSizeAs(seeded);
		}
		String people = result.files().get(1).content();
		List<String> ids = people.lines().skip(1).map((line) -> line.substring(0, line.indexOf(','))).toList();
		assertThat(ids).isSorted();
		assertThat(this.export.export(GraphExport.ExportFormat.CSV)).isEqualTo(result);
	}

	@Test
	void importingAnExportChangesNothing(@TempDir Path dir) throws IOException {
		for (GraphExport.ExportFile file : this.export.export(GraphExport.ExportFormat.CSV).files()) {
			Path target = dir.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.content());
		}
		ImportReport report = this.loader.importFiles(SeedFiles.fromDirectory(dir, null), true, ImportProgress.NONE);
		assertThat(report.errors()).isEmpty();
		assertThat(report.nodes()).allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(report.relationships())
			.allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(report.duplicates()).isEmpty();
	}

	@Test
	void exportsOneJsonDocument() {
		GraphExport.ExportResult result = this.export.export(GraphExport.ExportFormat.JSON);
		assertThat(result.files()).extracting(GraphExport.ExportFile::path).containsExactly("integrationsnetz.json");
		JsonNode json = JsonMapper.builder().build().readTree(result.files().get(0).content());
		assertThat(json.get("format").asString()).isEqualTo("integrationsnetz/1");
		assertThat(json.get("nodes").propertyNames())
			.containsExactlyElementsOf(java.util.Arrays.stream(EntityType.values()).map(EntityType::label).toList());
		assertThat(json.get("relationships").propertyNames()).containsExactlyElementsOf(
				java.util.Arrays.stream(RelationshipFile.values()).map(RelationshipFile::name).toList());
		JsonNode department = json.get("nodes").get("Department").get(0);
		assertThat(department.propertyNames()).containsExactly("id", "name", "short_name", "kind",
				"integration_relevant", "description");
		assertThat(department.get("integration_relevant").isBoolean()).isTrue();
		JsonNode ended = null;
		for (JsonNode tie : json.get("relationships").get("WORKS_IN")) {
			if (!tie.get("until").isNull()) {
				ended = tie;
			}
		}
		assertThat(ended).isNotNull();
		assertThat(ended.get("until").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(this.export.export(GraphExport.ExportFormat.JSON)).isEqualTo(result);
	}

	@Test
	void exportCommandWritesCsvFilesOrTheJsonDocument(@TempDir Path dir) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		this.exportCommand.output(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			this.exportCommand
				.run(new DefaultApplicationArguments("export", "--format", "csv", "--out", dir.toString()));
			assertThat(this.exportCommand.getExitCode()).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 31 file(s) as CSV");
			assertThat(Files.readString(dir.resolve("nodes/Department.csv")))
				.isEqualTo(this.export.export(GraphExport.ExportFormat.CSV).files().get(0).content());

			this.exportCommand.run(new DefaultApplicationArguments("export", "--format=json", "--out=" + dir));
			assertThat(this.exportCommand.getExitCode()).isZero();
			assertThat(Files.readString(dir.resolve("integrationsnetz.json")))
				.startsWith("{\n  \"format\": \"integrationsnetz/1\",");

			this.exportCommand
				.run(new DefaultApplicationArguments("export", "--format", "xml", "--out", dir.toString()));
			assertThat(this.exportCommand.getExitCode()).isEqualTo(2);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains(ExportCommand.USAGE);
		}
		finally {
			this.exportCommand.output(System.out, System.err);
		}
	}

	@Test
	void exportGraphMutationReturnsTheFiles() {
		graphQl().document("mutation { exportGraph(format: CSV) { format files { path content } } }")
			.execute()
			.path("exportGraph.format")
			.entity(String.class)
			.isEqualTo("CSV")
			.path("exportGraph.files[*].path")
			.entityList(String.class)
			.containsExactly(SeedFiles.knownPaths().toArray(String[]::new))
			.path("exportGraph.files[0].content")
			.entity(String.class)
			.isEqualTo(this.export.export(GraphExport.ExportFormat.CSV).files().get(0).content());
		graphQl().document("mutation { exportGraph(format: JSON) { files { path content } } }")
			.execute()
			.path("exportGraph.files[*].path")
			.entityList(String.class)
			.containsExactly("integrationsnetz.json")
			.path("exportGraph.files[0].content")
			.entity(String.class)
			.satisfies((content) -> assertThat(content).contains("\"Department\": ["));
	}

	@Test
	void exportLeavesOutVersionsAndAuditEntries() {
		String all = String.join("\n", this.export.export(GraphExport.ExportFormat.JSON).files().get(0).content(),
				this.export.export(GraphExport.ExportFormat.CSV).files().toString());
		assertThat(all).doesNotContain("\"version\"", "searchName", "AuditEntry");
	}

}
