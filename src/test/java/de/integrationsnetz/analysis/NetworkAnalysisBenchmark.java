package de.integrationsnetz.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Times {@code analysis} and {@code gaps} (every field of {@code Gaps} in one document)
 * on the Herne seed and on a synthetic graph ten times its size: every entity of the seed
 * (all labels: persons, departments, organisations, networks, working groups, events,
 * contracts, topics, target groups, offerings, languages) cloned nine times with all
 * their ties (every relationship type), every seventh clone of a person also a member of
 * an original network, so the whole is one graph and every gap rule fires on the clones
 * as it does on the seed. Each measurement has {@value #WARM_UP} untimed warm-up runs,
 * then {@value #RUNS} timed runs. Not part of {@code ./mvnw verify}: the class name does
 * not end in {@code Tests} and it runs only with {@code -Dbenchmark=true};
 * {@code scripts/benchmark-analysis} runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NetworkAnalysisBenchmark extends GraphIntegrationTest {

	private static final String PREFIX = "analysis-bench-";

	private static final String DOCUMENT = """
			{ analysis { nodeCount tieCount articulationPoints { id } personArticulationPoints { id }
			  bridges { from { id } } personBridges { from { id } } internalExternalCut { size }
			  centrality { betweenness } personCentrality { betweenness } components { size }
			  communities { rows { size } cells } } }
			""";

	/**
	 * Every list field of {@code Gaps}; each is asked for with all fields of its items.
	 */
	private static final List<String> GAP_FIELDS = List.of("departmentsWithoutContactPerson",
			"departmentsWithoutDeputy", "topicsWithoutExpert", "topicsWithSingleExpert", "topicsWithOneSidedExperts",
			"targetGroupsUnserved", "offeringsMissingLanguages", "languagesWithoutExpert", "groupsWithoutRecentEvent",
			"contractsExpiring", "topicsWithoutContract", "organisationsWithoutNetwork",
			"departmentsWithoutExternalTie");

	/** Both coverage matrices of {@code Gaps}. */
	private static final List<String> MATRIX_FIELDS = List.of("topicTargetGroupCoverage", "topicNetworkCoverage");

	private static final String GAP_ITEM = "{ rule message subject { id } related { id } languages { id } "
			+ "candidates { id } date }";

	private static final String MATRIX = "{ rows { id } columns { id } cells }";

	private static final String GAPS_DOCUMENT = gapsDocument(GAP_FIELDS, MATRIX_FIELDS);

	private static final int WARM_UP = 2;

	private static final int RUNS = 7;

	@Autowired
	private Neo4jClient client;

	@Autowired
	private AnalysisQueries queries;

	private int marker;

	@Test
	void timesTheAnalysisAndTheGaps() {
		measure("seed");
		measureGaps("seed");
		for (int copy = 1; copy <= 9; copy++) {
			cloneSeed(PREFIX + copy + "-");
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
		measureGaps("10x synthetic");
	}

	@AfterAll
	void removeSyntheticGraph() {
		replaceFixture(PREFIX, null);
	}

	/**
	 * Clones every entity of the seed (one query per combination of labels, so an entity
	 * with several labels is cloned once) and then every tie between two seed entities.
	 */
	private void cloneSeed(String prefix) {
		Collection<Map<String, Object>> rows = this.client.query("""
				MATCH (n:Entity) WHERE NOT n.id STARTS WITH 'analysis-'
				RETURN DISTINCT labels(n) AS labels
				""").fetch().all();
		Collection<TreeSet<String>> combinations = new TreeSet<>(
				(a, b) -> String.join(":", a).compareTo(String.join(":", b)));
		for (Map<String, Object> row : rows) {
			TreeSet<String> labels = new TreeSet<>();
			for (Object label : (List<?>) row.get("labels")) {
				labels.add((String) label);
			}
			combinations.add(labels);
		}
		for (TreeSet<String> labels : combinations) {
			StringJoiner pattern = new StringJoiner(":");
			labels.forEach((label) -> pattern.add("`" + label + "`"));
			this.client.query("""
					MATCH (n:%1$s) WHERE size(labels(n)) = $count AND NOT n.id STARTS WITH 'analysis-'
					WITH n, properties(n) AS p
					CREATE (c:%1$s) SET c = p {.*, id: $prefix + n.id}
					""".formatted(pattern)).bind(prefix).to("prefix").bind(labels.size()).to("count").run();
		}
		Collection<String> types = this.client.query("""
				MATCH (a:Entity)-[r]->(b:Entity)
				WHERE NOT a.id STARTS WITH 'analysis-' AND NOT b.id STARTS WITH 'analysis-'
				RETURN DISTINCT type(r) AS type ORDER BY type
				""").fetchAs(String.class).all();
		for (String type : types) {
			this.client.query("""
					MATCH (a:Entity)-[r:`%1$s`]->(b:Entity)
					WHERE NOT a.id STARTS WITH 'analysis-' AND NOT b.id STARTS WITH 'analysis-'
					MATCH (a2:Entity {id: $prefix + a.id}), (b2:Entity {id: $prefix + b.id})
					CREATE (a2)-[r2:`%1$s`]->(b2) SET r2 = properties(r)
					""".formatted(type)).bind(prefix).to("prefix").run();
		}
	}

	private void measure(String label) {
		List<Long> cold = new ArrayList<>();
		List<Long> warm = new ArrayList<>();
		long load = 0;
		long compute = 0;
		Map<String, Object> size = null;
		for (int run = 0; run < WARM_UP + RUNS; run++) {
			boolean timed = run >= WARM_UP;
			// one more marker node changes the fingerprint, so the next call recomputes
			this.client.query("CREATE (:Entity:Topic {id: $id, name: 'Marker'})")
				.bind(PREFIX + "marker-" + (this.marker++))
				.to("id")
				.run();
			long start = System.nanoTime();
			size = graphQl().document(DOCUMENT).execute().path("analysis").entity(Map.class).get();
			long coldNanos = System.nanoTime() - start;
			start = System.nanoTime();
			graphQl().document(DOCUMENT).execute().path("analysis").entity(Map.class).get();
			long warmNanos = System.nanoTime() - start;
			start = System.nanoTime();
			Projection projection = this.queries.projection();
			long loaded = System.nanoTime();
			StructureAnalysis.analyse(projection, null, this.queries.today());
			if (timed) {
				cold.add(coldNanos);
				warm.add(warmNanos);
				load += loaded - start;
				compute += System.nanoTime() - loaded;
			}
		}
		// the marker topics would otherwise show up as topics without an expert in the
		// gaps
		replaceFixture(PREFIX + "marker-", null);
		System.out.printf(
				"BENCHMARK %s: %s nodes, %s ties; analysis cold (fingerprint + projection + JGraphT) "
						+ "median %d ms (min %d, max %d); cached median %d ms; projection query avg %d ms; "
						+ "JGraphT computation avg %d ms (%d runs after %d warm-up)%n",
				label, size.get("nodeCount"), size.get("tieCount"), median(cold), min(cold), max(cold), median(warm),
				load / RUNS / 1_000_000, compute / RUNS / 1_000_000, RUNS, WARM_UP);
	}

	/**
	 * Times one {@code gaps} document with every field (13 gap lists and both coverage
	 * matrices), then each field on its own, and prints how many gaps each kind found, so
	 * the output shows the rules fire on the graph measured.
	 */
	private void measureGaps(String label) {
		List<Long> all = new ArrayList<>();
		Map<String, Object> gaps = null;
		for (int run = 0; run < WARM_UP + RUNS; run++) {
			long start = System.nanoTime();
			gaps = graphQl().document(GAPS_DOCUMENT).execute().path("gaps").entity(Map.class).get();
			if (run >= WARM_UP) {
				all.add(System.nanoTime() - start);
			}
		}
		int items = 0;
		StringJoiner counts = new StringJoiner(", ");
		for (String field : GAP_FIELDS) {
			int count = ((List<?>) gaps.get(field)).size();
			items += count;
			counts.add(field + " " + count);
		}
		for (String field : MATRIX_FIELDS) {
			Map<?, ?> matrix = (Map<?, ?>) gaps.get(field);
			counts.add(field + " " + ((List<?>) matrix.get("rows")).size() + "x"
					+ ((List<?>) matrix.get("columns")).size());
		}
		System.out.printf(
				"BENCHMARK %s: gaps, all %d gap fields + %d coverage matrices in one query (%d gap items), "
						+ "median %d ms (min %d, max %d) (%d runs after %d warm-up)%n",
				label, GAP_FIELDS.size(), MATRIX_FIELDS.size(), items, median(all), min(all), max(all), RUNS, WARM_UP);
		System.out.printf("BENCHMARK %s: gaps found: %s%n", label, counts);
		Map<String, List<Long>> perField = new LinkedHashMap<>();
		List<String> fields = new ArrayList<>(GAP_FIELDS);
		fields.addAll(MATRIX_FIELDS);
		for (String field : fields) {
			String document = GAP_FIELDS.contains(field) ? gapsDocument(List.of(field), List.of())
					: gapsDocument(List.of(), List.of(field));
			List<Long> nanos = new ArrayList<>();
			for (int run = 0; run < WARM_UP + RUNS; run++) {
				long start = System.nanoTime();
				graphQl().document(document).execute().path("gaps." + field).hasValue();
				if (run >= WARM_UP) {
					nanos.add(System.nanoTime() - start);
				}
			}
			perField.put(field, nanos);
		}
		StringJoiner line = new StringJoiner(", ");
		perField.forEach(
				(field, nanos) -> line.add("%s %d (%d-%d)".formatted(field, median(nanos), min(nanos), max(nanos))));
		System.out.printf("BENCHMARK %s: gaps per field alone, median ms (min-max): %s%n", label, line);
	}

	private static String gapsDocument(List<String> gapFields, List<String> matrixFields) {
		StringBuilder document = new StringBuilder("{ gaps {");
		gapFields.forEach((field) -> document.append(' ').append(field).append(' ').append(GAP_ITEM));
		matrixFields.forEach((field) -> document.append(' ').append(field).append(' ').append(MATRIX));
		return document.append(" } }").toString();
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
