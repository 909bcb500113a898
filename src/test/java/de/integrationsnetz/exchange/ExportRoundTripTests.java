package de.integrationsnetz.exchange;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import de.integrationsnetz.audit.AuditProperties;
import de.integrationsnetz.audit.AuditTrail;
import de.integrationsnetz.neo4j.InProcessNeo4jSettings;
import de.integrationsnetz.support.CypherCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export → empty database → import → export gives byte-identical files, for the CSV files
 * and for the JSON document. Runs on a Neo4j of its own (a second harness, so the shared
 * graph of the other tests is never emptied), with the loader, exporter and audit trail
 * wired by hand around it, on a fixture that has every node and relationship type: the
 * Herne seed plus an organisation whose name has ß, a quote and a comma and whose
 * description has a line break, and an archived channel. The seed has umlauts, empty
 * optional fields and ended relationships.
 */
class ExportRoundTripTests {

	private static Neo4j neo4j;

	private static Driver driver;

	private static SeedLoader loader;

	private static GraphExport export;

	private static Neo4jClient client;

	private static CypherCounter queries;

	@BeforeAll
	static void startSecondDatabase() throws ReflectiveOperationException {
		Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer();
		InProcessNeo4jSettings.common().forEach((setting, value) -> with(builder, setting, value));
		neo4j = builder.build();
		queries = new CypherCounter();
		driver = (Driver) queries
			.postProcessAfterInitialization(GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none()), "driver");
		client = Neo4jClient.create(driver);
		Neo4jTransactionManager transactions = Neo4jTransactionManager.with(driver).build();
		loader = new SeedLoader(client, transactions, new DefaultResourceLoader(), auditTrail(client),
				Clock.systemUTC());
		export = new GraphExport(client, transactions);
	}

	@AfterAll
	static void stopSecondDatabase() {
		driver.close();
		neo4j.close();
	}

	@BeforeEach
	void emptyDatabase() {
		client.query("MATCH (n) DETACH DELETE n").run();
	}

	@Test
	void exportEmptyDatabaseImportExportGivesTheSameBytes(@TempDir Path fixture, @TempDir Path exported)
			throws IOException {
		writeFixture(fixture);
		SeedLoader.Counts loaded = loader.loadInitial(fixture.toUri().toString());
		GraphExport.ExportResult csv = export.export(GraphExport.ExportFormat.CSV);
		GraphExport.ExportResult json = export.export(GraphExport.ExportFormat.JSON);
		assertThat(csv.files()).hasSize(31)
			.allSatisfy((file) -> assertThat(file.content().lines().count()).as(file.path()).isGreaterThan(1));
		String all = csv.files().toString();
		assertThat(all).contains("\"Verein \"\"Groß, Klein\"\" e. V.\"", "Ausländerbehörde", ",,");
		assertThat(csv.files().get(10).content()).startsWith("id,name,description,archived\n")
			.contains("\nfax,Fax,Nicht mehr genutzt.,true\n");
		assertThat(csv.files().stream().filter((file) -> file.path().equals("relationships/WORKS_IN.csv")))
			.singleElement()
			.satisfies((file) -> assertThat(file.content()).containsPattern(",\\d{4}-\\d{2}-\\d{2},[^\\n]*\\n"));
		for (GraphExport.ExportFile file : csv.files()) {
			Path target = exported.resolve(file.path());
			Files.createDirectories(target.getParent());
			Files.write(target, file.content().getBytes(StandardCharsets.UTF_8));
		}

		client.query("MATCH (n) DETACH DELETE n").run();
		assertThat(client.query("MATCH (n) RETURN count(n)").fetchAs(Long.class).one()).contains(0L);
		SeedLoader.Counts counts = loader.load(exported.toUri().toString());

		assertThat(counts).isEqualTo(loaded);
		GraphExport.ExportResult again = export.export(GraphExport.ExportFormat.CSV);
		for (int i = 0; i < csv.files().size(); i++) {
			assertThat(again.files().get(i).path()).isEqualTo(csv.files().get(i).path());
			assertThat(again.files().get(i).content().getBytes(StandardCharsets.UTF_8)).as(csv.files().get(i).path())
				.isEqualTo(Files.readAllBytes(exported.resolve(csv.files().get(i).path())));
		}
		assertThat(export.export(GraphExport.ExportFormat.JSON)).isEqualTo(json);
		assertThat(client.query("MATCH (a:AuditEntry {action: 'IMPORT'}) RETURN count(a)").fetchAs(Long.class).one())
			.hasValueSatisfying((entries) -> assertThat(entries).isGreaterThan(counts.nodes()));
	}

	/**
	 * The JSON document: export → empty database → import (the command's way: a directory
	 * holding only {@code integrationsnetz.json}) → export gives the same document and
	 * the same CSV files. The import into the empty database costs a bounded number of
	 * queries: the snapshot (one for the entities, one per relationship type), one write
	 * per file and one for all audit entries, one entry per created row.
	 */
	@Test
	void exportJsonEmptyDatabaseImportJsonExportGivesTheSameBytes(@TempDir Path fixture, @TempDir Path exported)
			throws IOException {
		writeFixture(fixture);
		SeedLoader.Counts loaded = loader.loadInitial(fixture.toUri().toString());
		GraphExport.ExportResult csv = export.export(GraphExport.ExportFormat.CSV);
		GraphExport.ExportResult json = export.export(GraphExport.ExportFormat.JSON);
		Files.writeString(exported.resolve(GraphExport.JSON_FILE), json.files().get(0).content());
		assertThat(json.files().get(0).content()).contains("\"archived\": true", "zwei\\nZeilen");

		client.query("MATCH (n) DETACH DELETE n").run();
		queries.reset();
		ImportReport report = loader.importFiles(SeedFiles.fromPath(exported, null), false, ImportProgress.NONE);
		int used = queries.count();

		assertThat(report.errors()).isEmpty();
		assertThat(report.nodes()).hasSize(12);
		assertThat(report.relationships()).hasSize(19);
		int nodes = report.nodes().stream().mapToInt(ImportReport.ImportCount::created).sum();
		int relationships = report.relationships().stream().mapToInt(ImportReport.ImportCount::created).sum();
		assertThat(new SeedLoader.Counts(nodes, relationships)).isEqualTo(loaded);
		assertThat(used).isLessThanOrEqualTo(1 + RelationshipFile.values().length + SeedFiles.knownPaths().size() + 1);
		assertThat(export.export(GraphExport.ExportFormat.JSON)).isEqualTo(json);
		assertThat(export.export(GraphExport.ExportFormat.CSV)).isEqualTo(csv);
		assertThat(client.query("""
				MATCH (a:AuditEntry {action: 'IMPORT', principal: 'round-trip-test'}) RETURN count(a)
				""").fetchAs(Long.class).one()).contains((long) nodes + relationships);

		queries.reset();
		ImportReport again = loader.importFiles(SeedFiles.fromPath(exported.resolve(GraphExport.JSON_FILE), null),
				false, ImportProgress.NONE);
		assertThat(again.nodes()).allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(again.relationships()).allSatisfy((count) -> assertThat(count.created() + count.updated()).isZero());
		assertThat(queries.count()).isEqualTo(1 + RelationshipFile.values().length);
	}

	/**
	 * The Herne seed, plus ß, quotes, commas and a line break, plus an archived channel.
	 */
	private static void writeFixture(Path fixture) throws IOException {
		Path seed = Path.of("graph-seed");
		try (Stream<Path> files = Files.walk(seed)) {
			for (Path file : files.filter(Files::isRegularFile).filter((f) -> f.toString().endsWith(".csv")).toList()) {
				Path target = fixture.resolve(seed.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		Path organisations = fixture.resolve("nodes/Organisation.csv");
		Files.writeString(organisations, Files.readString(organisations)
				+ "rt-verein,\"Verein \"\"Groß, Klein\"\" e. V.\",ASSOCIATION,\"zwei\nZeilen\",\n");
		Path channels = fixture.resolve("nodes/Channel.csv");
		List<String> lines = new ArrayList<>();
		List<String> rows = Files.readAllLines(channels);
		lines.add(rows.get(0) + ",archived");
		rows.subList(1, rows.size()).forEach((row) -> lines.add(row + ","));
		lines.add("fax,Fax,Nicht mehr genutzt.,true");
		Files.writeString(channels, String.join("\n", lines) + "\n");
	}

	/**
	 * The application's audit trail for the second database. Its constructor is the audit
	 * module's own; it is found by its parameter types so the test does not depend on
	 * their order.
	 */
	private static AuditTrail auditTrail(Neo4jClient client) throws ReflectiveOperationException {
		Constructor<?> constructor = AuditTrail.class.getDeclaredConstructors()[0];
		Object[] arguments = new Object[constructor.getParameterCount()];
		Class<?>[] types = constructor.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			if (types[i] == Neo4jClient.class) {
				arguments[i] = client;
			}
			else if (types[i] == AuditProperties.class) {
				arguments[i] = new AuditProperties("round-trip-test");
			}
			else if (types[i] == Clock.class) {
				arguments[i] = Clock.systemUTC();
			}
		}
		constructor.setAccessible(true);
		return (AuditTrail) constructor.newInstance(arguments);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void with(Neo4jBuilder builder, org.neo4j.graphdb.config.Setting setting, Object value) {
		builder.withConfig(setting, value);
	}

}
