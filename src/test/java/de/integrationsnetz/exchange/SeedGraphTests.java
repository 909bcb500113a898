package de.integrationsnetz.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Herne seed as loaded into Neo4j on first start: every name the plan gives is in the
 * graph, loading again changes nothing, and a file set with a bad row writes nothing.
 */
class SeedGraphTests extends GraphIntegrationTest {

	@Autowired
	private Neo4jClient neo4j;

	@Autowired
	private SeedLoader loader;

	static Stream<Arguments> planChecklist() {
		return SeedFilesTests.planChecklist();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("planChecklist")
	void holdsEveryNameThePlanGives(String label, String name) {
		long found = this.neo4j.query("MATCH (n:Entity {name: $name}) WHERE $label IN labels(n) RETURN count(n)")
			.bindAll(Map.of("name", name, "label", label))
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(found).isEqualTo(1);
	}

	@Test
	void loadingTheSeedAgainChangesNothing() {
		String before = snapshot();
		SeedLoader.Counts counts = this.loader.load("classpath:graph-seed/");
		assertThat(counts.nodes()).isPositive();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void writesNothingFromAFileSetWithABadRow(@TempDir Path copy) throws IOException {
		copySeed(copy);
		Path persons = copy.resolve("nodes/Person.csv");
		Files.writeString(persons, Files.readString(persons) + "neue-person,Neu Person,,,\n", StandardCharsets.UTF_8);
		Path departments = copy.resolve("nodes/Department.csv");
		Files.writeString(departments, Files.readString(departments) + "neue-einheit,Neue Einheit,,KEINE_ART,true,\n",
				StandardCharsets.UTF_8);
		Path memberships = copy.resolve("relationships/MEMBER_OF.csv");
		Files.writeString(memberships,
				Files.readString(memberships) + "neue-person,gibt-es-nicht,2020-01-01,2019-01-01,\n",
				StandardCharsets.UTF_8);
		String before = snapshot();
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(copy.toUri().toString()))
			.satisfies((ex) -> assertThat(ex.problems())
				.anySatisfy((problem) -> assertThat(problem).startsWith("nodes/Department.csv:").contains("KEINE_ART"))
				.anySatisfy((problem) -> assertThat(problem).startsWith("relationships/MEMBER_OF.csv:")
					.contains("gibt-es-nicht"))
				.anySatisfy((problem) -> assertThat(problem).contains("until 2019-01-01 is before since")));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.neo4j.query("MATCH (n:Entity {id: 'neue-person'}) RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).isZero();
	}

	@Test
	void refusesAnIdThatBelongsToAnotherLabel(@TempDir Path copy) throws IOException {
		copySeed(copy);
		Path topics = copy.resolve("nodes/Topic.csv");
		Files.writeString(topics, Files.readString(topics) + "fb-buergerdienste,Ein Thema,\n", StandardCharsets.UTF_8);
		assertThatExceptionOfType(SeedException.class).isThrownBy(() -> this.loader.load(copy.toUri().toString()))
			.withMessageContaining("fb-buergerdienste");
	}

	/**
	 * Every node's labels and properties and every relationship with its ends and
	 * properties, as one sorted text.
	 */
	private String snapshot() {
		List<String> nodes = this.neo4j.query("""
				MATCH (n:Entity)
				RETURN n.id + ' ' + apocless(labels(n)) AS line
				""".replace("apocless(labels(n))", "reduce(s = '', l IN labels(n) | s + ':' + l)") + "")
			.fetchAs(String.class)
			.all()
			.stream()
			.sorted()
			.toList();
		List<String> properties = this.neo4j
			.query("MATCH (n:Entity) UNWIND keys(n) AS key RETURN n.id + '.' + key + '=' + toString(n[key])")
			.fetchAs(String.class)
			.all()
			.stream()
			.sorted()
			.toList();
		List<String> relationships = this.neo4j.query("""
				MATCH (a:Entity)-[r]->(b:Entity)
				RETURN a.id + '-' + type(r) + '->' + b.id + ' '
				  + reduce(s = '', key IN keys(r) | s + key + '=' + toString(r[key]) + ';') AS line
				""").fetchAs(String.class).all().stream().sorted().toList();
		return String.join("\n", nodes) + "\n" + String.join("\n", properties) + "\n"
				+ String.join("\n", relationships);
	}

	private static void copySeed(Path target) throws IOException {
		Path source = Path.of("graph-seed");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path destination = target.resolve(source.relativize(file).toString());
				Files.createDirectories(destination.getParent());
				Files.copy(file, destination);
			}
		}
	}

}
