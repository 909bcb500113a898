package de.integrationsnetz.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Times {@code analysis} on the Herne seed and on a synthetic graph ten times its size
 * (the seed's persons, departments, organisations, networks, working groups, events and
 * contracts cloned nine times with their ties, every seventh clone of a person also a
 * member of an original network, so the whole is one graph). Not part of
 * {@code ./mvnw verify}: the class name does not end in {@code Tests} and it runs only
 * with {@code -Dbenchmark=true}; {@code scripts/benchmark-analysis} runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NetworkAnalysisBenchmark extends GraphIntegrationTest {

	private static final String PREFIX = "analysis-bench-";

	private static final List<String> LABELS = List.of("Person", "Department", "Organisation", "Network",
			"WorkingGroup", "Event", "Contract");

	private static final List<String> TYPES = List.of("MEMBER_OF", "PART_OF", "WORKS_IN", "WORKS_FOR",
			"PARTICIPATED_IN", "PARTY_TO");

	private static final String DOCUMENT = """
			{ analysis { nodeCount tieCount articulationPoints { id } personArticulationPoints { id }
			  bridges { from { id } } personBridges { from { id } } internalExternalCut { size }
			  centrality { betweenness } personCentrality { betweenness } components { size }
			  communities { rows { size } cells } } }
			""";

	private static final int RUNS = 5;

	@Autowired
	private Neo4jClient client;

	@Autowired
	private AnalysisQueries queries;

	private int marker;

	@Test
	void timesTheAnalysis() {
		measure("seed");
		for (int copy = 1; copy <= 9; copy++) {
			String prefix = PREFIX + copy + "-";
			for (String label : LABELS) {
				this.client.query("""
						MATCH (n:%1$s:Entity) WHERE NOT n.id STARTS WITH 'analysis-'
						WITH n, properties(n) AS p
						CREATE (c:Entity:%1$s) SET c = p {.*, id: $prefix + n.id}
						""".formatted(label)).bind(prefix).to("prefix").run();
			}
			for (String type : TYPES) {
				this.client.query("""
						MATCH (a:Entity)-[r:%1$s]->(b:Entity)
						WHERE NOT a.id STARTS WITH 'analysis-' AND NOT b.id STARTS WITH 'analysis-'
						MATCH (a2:Entity {id: $prefix + a.id}), (b2:Entity {id: $prefix + b.id})
						CREATE (a2)-[r2:%1$s]->(b2) SET r2 = properties(r)
						""".formatted(type)).bind(prefix).to("prefix").run();
			}
		}
		this.client.query("""
				MATCH (p:Person) WHERE p.id STARTS WITH 'analysis-bench-'
				WITH p ORDER BY p.id
				WITH collect(p) AS persons
				MATCH (n:Network) WHERE NOT n.id STARTS WITH 'analysis-'
				WITH persons, collect(n) AS networks
				UNWIND range(0, size(persons) - 1, 7) AS i
				WITH persons[i] AS p, networks[i % size(networks)] AS n
				CREATE (p)-[:MEMBER_OF {role: 'Mitglied'}]->(n)
				""").run();
		measure("10x synthetic");
	}

	@AfterAll
	void removeSyntheticGraph() {
		replaceFixture(PREFIX, null);
	}

	private void measure(String label) {
		List<Long> cold = new ArrayList<>();
		List<Long> warm = new ArrayList<>();
		long load = 0;
		long compute = 0;
		Map<String, Object> size = null;
		for (int run = 0; run < RUNS; run++) {
			// one more marker node changes the fingerprint, so the next call recomputes
			this.client.query("CREATE (:Entity:Topic {id: $id, name: 'Marker'})")
				.bind(PREFIX + "marker-" + (this.marker++))
				.to("id")
				.run();
			long start = System.nanoTime();
			size = graphQl().document(DOCUMENT).execute().path("analysis").entity(Map.class).get();
			cold.add(System.nanoTime() - start);
			start = System.nanoTime();
			graphQl().document(DOCUMENT).execute().path("analysis").entity(Map.class).get();
			warm.add(System.nanoTime() - start);
			start = System.nanoTime();
			Projection projection = this.queries.projection();
			long loaded = System.nanoTime();
			StructureAnalysis.analyse(projection, null, this.queries.today());
			load += loaded - start;
			compute += System.nanoTime() - loaded;
		}
		System.out.printf(
				"BENCHMARK %s: %s nodes, %s ties; analysis cold (fingerprint + projection + JGraphT) "
						+ "median %d ms (min %d, max %d); cached median %d ms; projection query avg %d ms; "
						+ "JGraphT computation avg %d ms (%d runs)%n",
				label, size.get("nodeCount"), size.get("tieCount"), median(cold), min(cold), max(cold), median(warm),
				load / RUNS / 1_000_000, compute / RUNS / 1_000_000, RUNS);
	}

	private static long median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) / 1_000_000;
	}

	private static long min(List<Long> nanos) {
		return Collections.min(nanos) / 1_000_000;
	}

	private static long max(List<Long> nanos) {
		return Collections.max(nanos) / 1_000_000;
	}

}
