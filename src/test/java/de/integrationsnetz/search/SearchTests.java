package de.integrationsnetz.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.integrationsnetz.graph.NameFolding;
import de.integrationsnetz.support.GraphIntegrationTest;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code search}: German-aware full-text search against the Herne seed, through the
 * full-text index of migration {@code V0002}: umlaut spellings, ß/ss, a typo, prefixes,
 * stop words, the type filter, what a hit says, ranking, paging, escaping of Lucene
 * syntax, the input errors, the plan and the analysis the query builder redoes in Java.
 */
class SearchTests extends GraphIntegrationTest {

	private static final String SEARCH = """
			query Search($text: String!, $types: [SearchType!], $first: Int, $after: String) {
			  search(text: $text, types: $types, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges {
			      cursor
			      node {
			        type
			        score
			        matchedField
			        node {
			          id
			          typename: __typename
			          ... on Actor { name }
			          ... on Topic { name }
			          ... on Network { name }
			          ... on WorkingGroup { name }
			          ... on Offering { name }
			        }
			      }
			    }
			  }
			}
			""";

	@Autowired
	private Neo4jClient neo4j;

	@ParameterizedTest
	@ValueSource(strings = { "Behördentransparenz", "behördentransparenz", "Behoerdentransparenz",
			"Behordentransparenz", "BEHÖRDENTRANSPARENZ", "  behoerdentransparenz  " })
	void findsBehoerdentransparenzInEveryUmlautSpelling(String text) {
		Page page = search(text);
		assertThat(ids(page)).contains("behoerdentransparenz", "ag-behoerdentransparenz",
				"selbstaendige-migranten-behoerdentransparenz");
		Hit first = page.edges().get(0).node();
		assertThat(first.node().id()).isEqualTo("behoerdentransparenz");
		assertThat(first.type()).isEqualTo("TOPIC");
		assertThat(first.node().name()).isEqualTo("Behördentransparenz");
		assertThat(first.matchedField()).isEqualTo("name");
	}

	@Test
	void findsSharpSWhenSpelledWithDoubleSButNoArchivedEntity() {
		String id = "test-search-strasse-der-vielfalt";
		String name = "Straße der Vielfalt";
		this.neo4j
			.query("CREATE (:Topic:Entity {id: $id, name: $name, searchName: $searchName, searchNameBare: $bare})")
			.bindAll(Map.of("id", id, "name", name, "searchName", NameFolding.spelledOut(name), "bare",
					NameFolding.bare(name)))
			.run();
		try {
			assertThat(ids(search("strasse"))).contains(id);
			assertThat(ids(search("Strasse Vielfalt"))).containsExactly(id);
			assertThat(ids(search("Straße"))).contains(id);
			this.neo4j.query("MATCH (n:Entity {id: $id}) SET n.archived = true").bind(id).to("id").run();
			assertThat(ids(search("Strasse Vielfalt"))).as("archived entities are not found").isEmpty();
		}
		finally {
			this.neo4j.query("MATCH (n:Entity {id: $id}) DETACH DELETE n").bind(id).to("id").run();
		}
		assertThat(ids(search("strasse"))).doesNotContain(id);
	}

	@Test
	void findsSharpSOfTheSeedInADescription() {
		// "Bürgerdienste einschließlich Ausländerbehörde; …"
		Page page = search("einschliesslich Auslaenderbehoerde", List.of("DEPARTMENT"));
		assertThat(hit(page, "fb-buergerdienste").matchedField()).isEqualTo("description");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Integrationskurss", "Integrationskruse", "Integrationkurse", "Integrazionskurse",
			"integrationskurse" })
	void toleratesOneTypo(String text) {
		Page page = search(text, List.of("TOPIC"));
		assertThat(ids(page)).contains("integrationskurse");
		assertThat(hit(page, "integrationskurse").matchedField()).isEqualTo("name");
	}

	@Test
	void toleratesNoSecondTypo() {
		assertThat(ids(search("Intgrationskurss", List.of("TOPIC")))).doesNotContain("integrationskurse");
	}

	@Test
	void matchesPrefixes() {
		Page page = search("Wahlr");
		assertThat(ids(page)).contains("kommunales-wahlrecht", "ag-kommunales-wahlrecht");
		assertThat(types(page)).doesNotContain("EVENT");
		// a word that begins with the text ranks above one a typo away ("Wahlen" →
		// "wahl")
		assertThat(ids(page).subList(0, 2)).containsExactlyInAnyOrder("kommunales-wahlrecht",
				"ag-kommunales-wahlrecht");
		assertThat(ids(search("Kommunales Wahlr", List.of("TOPIC")))).containsExactly("kommunales-wahlrecht");
	}

	@Test
	void requiresEveryWordAndLeavesOutStopWords() {
		assertThat(ids(search("Behordentransparenz Wahlr"))).isEmpty();
		assertThat(ids(search("Behördentransparenz für Migrantenunternehmen", List.of("OFFERING"))))
			.containsExactly("selbstaendige-migranten-behoerdentransparenz");
		assertThat(ids(search("Behördentransparenz fuer die Migrantenunternehmen", List.of("OFFERING"))))
			.containsExactly("selbstaendige-migranten-behoerdentransparenz");
		Page stopWordsOnly = search("und der für");
		assertThat(stopWordsOnly.totalCount()).isZero();
		assertThat(stopWordsOnly.edges()).isEmpty();
	}

	@Test
	void filtersByType() {
		Page workingGroups = search("Behördentransparenz", List.of("WORKING_GROUP"));
		assertThat(ids(workingGroups)).containsExactly("ag-behoerdentransparenz");
		assertThat(workingGroups.edges().get(0).node().node().typename()).isEqualTo("WorkingGroup");

		Page topicsAndOfferings = search("Behördentransparenz", List.of("TOPIC", "OFFERING"));
		assertThat(types(topicsAndOfferings)).containsOnly("TOPIC", "OFFERING").contains("TOPIC", "OFFERING");
		assertThat(topicsAndOfferings.totalCount()).isEqualTo(topicsAndOfferings.edges().size());

		Page all = search("Behördentransparenz");
		assertThat(all.totalCount()).isGreaterThan(topicsAndOfferings.totalCount());
		assertThat(search("Behördentransparenz", List.of()).totalCount()).isEqualTo(all.totalCount());
	}

	@Test
	void saysTypeScoreAndMatchedFieldOfEveryHit() {
		Page vhs = search("VHS", List.of("DEPARTMENT"));
		Hit volkshochschule = hit(vhs, "vhs");
		assertThat(volkshochschule.type()).isEqualTo("DEPARTMENT");
		assertThat(volkshochschule.node().typename()).isEqualTo("Department");
		assertThat(volkshochschule.node().name()).isEqualTo("Volkshochschule Herne");
		assertThat(volkshochschule.matchedField()).isEqualTo("shortName");
		assertThat(volkshochschule.score()).isPositive();

		Hit kursleitung = hit(search("Kursleitung", List.of("PERSON")), "jona-pruefling");
		assertThat(kursleitung.type()).isEqualTo("PERSON");
		assertThat(kursleitung.node().typename()).isEqualTo("Person");
		assertThat(kursleitung.matchedField()).isEqualTo("jobTitle");

		Page trager = search("Trägerübergreifend");
		assertThat(hit(trager, "traegeruebergreifendes-netzwerk").type()).isEqualTo("NETWORK");
		assertThat(hit(trager, "traegeruebergreifendes-netzwerk").matchedField()).isEqualTo("name");
		assertThat(hit(trager, "integrationskurse").matchedField()).isEqualTo("description");

		assertThat(search("Behordentransparenz").edges()).allSatisfy((edge) -> {
			Hit hit = edge.node();
			assertThat(hit.score()).isPositive();
			assertThat(hit.matchedField()).isIn("name", "shortName", "jobTitle", "description");
			assertThat(typeLabel(hit.type())).isEqualTo(hit.node().typename());
		});
	}

	@Test
	void answersTheSameMatchedFieldAndOrderEveryTime() {
		assertThat(search("Integration")).isEqualTo(search("Integration"));
	}

	@Test
	void ordersByScoreThenNameThenId() {
		Page page = search("Integration", null, 100);
		assertThat(page.edges()).hasSizeGreaterThan(10);
		List<Hit> hits = page.edges().stream().map(Edge::node).toList();
		for (int i = 1; i < hits.size(); i++) {
			Hit before = hits.get(i - 1);
			Hit after = hits.get(i);
			assertThat(before.score()).as("score of %s before %s", before.node().id(), after.node().id())
				.isGreaterThanOrEqualTo(after.score());
			if (before.score() == after.score()) {
				String nameBefore = NameFolding.spelledOut(before.node().name());
				String nameAfter = NameFolding.spelledOut(after.node().name());
				assertThat(nameBefore.compareTo(nameAfter) < 0
						|| nameBefore.equals(nameAfter) && before.node().id().compareTo(after.node().id()) < 0)
					.as("%s before %s at equal score", before.node().id(), after.node().id())
					.isTrue();
			}
		}
		// an exact word in a short name outranks the same word deep in a description
		assertThat(search("Integrationskurse").edges().get(0).node().node().id()).isEqualTo("integrationskurse");
	}

	@Test
	void pagesThroughAllHitsWithCursors() {
		Page all = search("Integration", null, 100);
		assertThat(all.totalCount()).isEqualTo(all.edges().size()).isGreaterThan(7);
		List<String> paged = new ArrayList<>();
		String after = null;
		int pages = 0;
		while (true) {
			Page page = search("Integration", null, 3, after);
			pages++;
			assertThat(page.totalCount()).isEqualTo(all.totalCount());
			assertThat(page.edges()).hasSizeLessThanOrEqualTo(3);
			assertThat(page.pageInfo().hasPreviousPage()).isEqualTo(after != null);
			paged.addAll(ids(page));
			if (!page.pageInfo().hasNextPage()) {
				assertThat(page.pageInfo().endCursor()).isEqualTo(page.edges().get(page.edges().size() - 1).cursor());
				break;
			}
			assertThat(page.edges()).hasSize(3);
			after = page.pageInfo().endCursor();
			assertThat(pages).isLessThan(100);
		}
		assertThat(paged).isEqualTo(ids(all)).doesNotHaveDuplicates().hasSize(all.totalCount());

		Page empty = search("Integration", null, 0);
		assertThat(empty.totalCount()).isEqualTo(all.totalCount());
		assertThat(empty.edges()).isEmpty();
		assertThat(empty.pageInfo().hasNextPage()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"Behörden", "Behörden\"", "(Behörden", "Behörden)", "Behörden*", "*Behörden",
			"Behörden~", "Behörden~~", "Behörden\\", "\\Behörden", "Behörden/", "/Behörden/", "[Behörden TO Z]",
			"{Behörden}", "Behörden?", "+Behörden", "-Behörden", "!Behörden", "Behörden && ||", "^Behörden",
			"Behörden:", ":Behörden" })
	void treatsLuceneSyntaxAsSeparators(String text) {
		List<String> ids = ids(search(text));
		if (text.contains("TO")) {
			// "to" and "z" are searched as words too, so this may find nothing, but it is
			// no range query and no error
			return;
		}
		assertThat(ids).as(text).contains("behoerdentransparenz", "ag-behoerdentransparenz");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "~", ":", "?", "\\", "/", "(", ")", "\"", "\"\"", "&&", "||", "!", "^", "[]", "{}",
			"* ~ : \\ /", "-", "+" })
	void findsNothingWhenNoWordIsLeft(String text) {
		Page page = search(text);
		assertThat(page.totalCount()).as(text).isZero();
		assertThat(page.edges()).isEmpty();
		assertThat(page.pageInfo().hasNextPage()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "OR", "AND NOT", "NOT", "Behörden OR Wahlrecht", "Behörden AND NOT Wahlrecht",
			"name:Behörden", "Behörden^10", "Behörden~2", "\"Behörden Wahlrecht\"~3", "Netzwerk OR", "AND" })
	void treatsOperatorsAsWordsWithoutErrors(String text) {
		Page page = search(text);
		assertThat(page.totalCount()).as(text).isEqualTo(page.edges().size());
	}

	@Test
	void buildsTheLuceneQueryFromNormalisedWordsOnly() {
		assertThat(SearchText.parse("Behordentransparenz Wahlr", Set.of()).luceneQuery())
			.isEqualTo("(behordentransparenz^3 OR behordentransparenz*^2 OR behordentransparenz~1)"
					+ " AND (wahlr^3 OR wahlr*^2 OR wahlr~1)");
		assertThat(SearchText.parse("Straße der Integrationskurse AG 2025", Set.of("der")).luceneQuery())
			.isEqualTo("(straße^3 OR strass*^2 OR strass~1) AND (integrationskurse^3 OR integrationskurs*^2"
					+ " OR integrationskurs~1) AND (ag^3 OR ag*^2) AND (2025^3 OR 2025*^2)");
		String word = "[a-z0-9ä-ü]+(?:\\^3| OR |\\*\\^2|~1)*";
		String query = "\\((?:" + word + ")+\\)(?: AND \\((?:" + word + ")+\\))*";
		for (String hostile : List.of("\"Behörden (x OR y) AND NOT z~2 a*", "b? [c TO d] {e} f^3 g:h",
				"\\i /j/ +k -l !m && n || o")) {
			assertThat(SearchText.parse(hostile, Set.of()).luceneQuery()).as(hostile)
				.matches(query)
				.doesNotContain("AND NOT", "OR OR", "TO", ":", "\\", "/", "\"", "[", "{", "?", "+", "-", "!", "&", "|");
		}
		assertThat(SearchText.parse("\"Behörden (x OR y) AND NOT z~2 a*", Set.of()).luceneQuery()).contains(
				"(or^3 OR or*^2)", "(and^3 OR and*^2 OR and~1)", "(not^3 OR not*^2 OR not~1)", "(z^3 OR z*^2)",
				"(2^3 OR 2*^2)");
	}

	@Test
	void redoesTheGermanAnalyzerOfLucene() throws IOException {
		String text = "Behördentransparenz Behoerdentransparenz Behordentransparenz Straße STRASSE einschließlich "
				+ "Integrationskurse Integrationskursen Kommunales Wahlrecht Trägerübergreifendes Netzwerk Ämter "
				+ "Bürgerdienste Buergerdienste Öffnung Oeffnung Übersetzung Ueberweisung Bauer Mauer Queue neue "
				+ "Israel Koeffizient Lehrerinnen Kindern Arbeitern Beratungsstellen Frauen Migrantinnen besten "
				+ "Gesetzes Hauses Kurs Kurse Kurses Jobcenter Sprachförderung Zugewanderte Einbürgerungsempfang "
				+ "Güterverkehr Größe Maße Fußgänger ÄÖÜ äöüß AE OE UE aee oee uee Fräulein Café Ferienhaus "
				+ "und für Fuer der die das 2025 Herne2025";
		CharArraySet stopSet = GermanAnalyzer.getDefaultStopSet();
		List<String> lucene = new ArrayList<>();
		try (Analyzer analyzer = new GermanAnalyzer(); TokenStream tokens = analyzer.tokenStream("name", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				lucene.add(term.toString());
			}
			tokens.end();
		}
		List<String> ours = GermanAnalysis.words(text)
			.stream()
			.filter((word) -> !stopSet.contains(word))
			.map(GermanAnalysis::term)
			.toList();
		assertThat(ours).isEqualTo(lucene);

		Set<String> stopWords = new HashSet<>();
		stopSet.forEach((word) -> stopWords.add(new String((char[]) word)));
		try (Analyzer analyzer = new GermanAnalyzer()) {
			for (String word : GermanAnalysis.words(text)) {
				assertThat(GermanAnalysis.normalize(word)).as(word)
					.isEqualTo(analyzer.normalize("name", word).utf8ToString());
			}
		}
		assertThat(SearchText.stopWordsOf(stopWords)).contains("fur", "für", "und");
	}

	@Test
	void usesTheServersStopWordsOfTheGermanAnalyzer(@Autowired SearchQueries queries) {
		Set<String> expected = new HashSet<>();
		GermanAnalyzer.getDefaultStopSet().forEach((word) -> expected.add(new String((char[]) word)));
		assertThat(queries.stopWords()).containsAll(expected).contains("fur");
	}

	@Test
	void countsEveryDistinctWordTowardsTheLimit() {
		assertThat(SearchText.parse("a b c d e f g h i j", Set.of()).words()).hasSize(10);
		assertThat(SearchText.parse("Behörden Behoerden BEHÖRDEN", Set.of()).words()).hasSize(1);
	}

	@Test
	void runsTenWordsAndRefusesMore() {
		Page ten = search("Integration Netzwerk Herne Migration Beratung Sprache Kurs Arbeit Schule Stadt");
		assertThat(ten.totalCount()).isEqualTo(ten.edges().size());
		assertThat(search("a i e o u ar er ir or ur", null, 20).totalCount()).isGreaterThanOrEqualTo(0);
		graphQl().document(SEARCH)
			.variable("text", "Alpha Beta Gamma Delta Epsilon Zeta Theta Iota Kappa Lambda Sigma")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "SEARCH_TEXT_TOO_LONG")
					.containsEntry("argument", "text");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "   \t\n ", "\u00a0\u2003" })
	void refusesEmptyText(String text) {
		graphQl().document(SEARCH).variable("text", text).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "EMPTY_SEARCH_TEXT")
				.containsEntry("argument", "text");
			assertThat(errors.get(0).getMessage()).contains("empty");
		});
	}

	@Test
	void refusesBadPagingArguments() {
		graphQl().document(SEARCH)
			.variable("text", "Integration")
			.variable("first", 101)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "first"));
		graphQl().document(SEARCH)
			.variable("text", "Integration")
			.variable("after", "kein-cursor")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "after"));
	}

	@Test
	void readsAPageInOneRoundTrip() {
		search("Integration");
		this.cypherCounter.reset();
		search("Behordentransparenz Herne", null, 5);
		assertThat(this.cypherCounter.count()).isEqualTo(1);
	}

	@Test
	void queriesThroughTheFullTextIndexWithoutScans() {
		ResultSummary summary = this.neo4j.query("EXPLAIN " + SearchQueries.SEARCH)
			.bindAll(Map.of("index", SearchQueries.INDEX, "query", "(behordentransparenz^3 OR behordentransparenz*)",
					"labels", List.of("Topic"), "offset", 0, "limit", 20))
			.run();
		List<String> operators = new ArrayList<>();
		collect(summary.plan(), operators);
		assertThat(operators).anyMatch((operator) -> operator.startsWith("ProcedureCall"))
			.noneMatch((operator) -> operator.contains("LabelScan") || operator.startsWith("AllNodesScan"));
		String index = this.neo4j
			.query("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name "
					+ "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
			.bind(SearchQueries.INDEX)
			.to("name")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(index).isEqualTo(SearchQueries.ANALYZER);
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

	private Page search(String text) {
		return search(text, null);
	}

	private Page search(String text, List<String> types) {
		return search(text, types, 100);
	}

	private Page search(String text, List<String> types, int first) {
		return search(text, types, first, null);
	}

	private Page search(String text, List<String> types, int first, String after) {
		GraphQlTester.Response response = graphQl().document(SEARCH)
			.variable("text", text)
			.variable("types", types)
			.variable("first", first)
			.variable("after", after)
			.execute();
		response.errors().verify();
		return response.path("search").entity(Page.class).get();
	}

	private static List<String> ids(Page page) {
		return page.edges().stream().map((edge) -> edge.node().node().id()).toList();
	}

	private static List<String> types(Page page) {
		return page.edges().stream().map((edge) -> edge.node().type()).toList();
	}

	private static Hit hit(Page page, String id) {
		return page.edges()
			.stream()
			.map(Edge::node)
			.filter((hit) -> hit.node().id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(id + " not among " + ids(page)));
	}

	private static String typeLabel(String searchType) {
		return SearchType.valueOf(searchType).label();
	}

	record Page(int totalCount, PageInfo pageInfo, List<Edge> edges) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	record Edge(String cursor, Hit node) {
	}

	record Hit(String type, double score, String matchedField, Found node) {
	}

	record Found(String id, String typename, String name) {
	}

}
