package de.integrationsnetz.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;
import de.integrationsnetz.graph.PageRequest;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the full-text search, through the index {@value #INDEX} (migration
 * {@code V0002__Full_text_search.cypher}) and its {@value #ANALYZER} analyzer.
 */
@Component
class SearchQueries {

	/** The full-text index over the searchable entity types. */
	static final String INDEX = "entity_search";

	/** The analyzer of {@link #INDEX}. */
	static final String ANALYZER = "german";

	/**
	 * One page of hits and their total, in one round trip. The full-text procedure finds
	 * the nodes through the index (no label scan) with Lucene's score; the hits of other
	 * types and archived entities (as in every list of the API) are dropped; the rest are
	 * ordered by score, then folded name, then id, so equal scores come in a stable
	 * order, and are collected and sliced like the root lists of the read API. The
	 * procedure's own {@code skip}/{@code limit} options are not used: they cannot give
	 * the total, and they page before the tie-break order. Parameters: {@code $index},
	 * {@code $query} (built by {@link SearchText} from normalised words only),
	 * {@code $labels}, {@code $offset}, {@code $limit}.
	 */
	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
			WHERE any(label IN labels(node) WHERE label IN $labels) AND coalesce(node.archived, false) = false
			WITH node, score
			ORDER BY score DESC, node.searchName, node.id
			WITH collect({node: node, score: score}) AS hits
			RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS page
			""";

	/**
	 * The stop words of the index's analyzer, as the server reports them, so the search
	 * drops exactly the words the index leaves out, whichever Neo4j server runs it.
	 */
	static final String STOP_WORDS = """
			CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
			WHERE analyzer = $analyzer
			RETURN stopwords
			""";

	private final Neo4jClient client;

	private volatile Set<String> stopWords;

	SearchQueries(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * The analyzer's stop words in both spellings ({@link SearchText#stopWordsOf}), read
	 * from the server on first use.
	 * @return the stop words
	 */
	Set<String> stopWords() {
		Set<String> words = this.stopWords;
		if (words == null) {
			List<String> listed = this.client.query(STOP_WORDS)
				.bind(ANALYZER)
				.to("analyzer")
				.fetchAs(StopWords.class)
				.mappedBy((typeSystem, row) -> new StopWords(row.get("stopwords").asList(Value::asString)))
				.one()
				.map(StopWords::words)
				.orElse(List.of());
			words = SearchText.stopWordsOf(listed);
			this.stopWords = words;
		}
		return words;
	}

	/**
	 * One page of hits, see {@link #SEARCH}.
	 * @param search the parsed search text, with at least one word
	 * @param types the entity types to keep
	 * @param page which hits to read
	 * @return the page with the total
	 */
	SearchHitConnection search(SearchText search, Collection<SearchType> types, PageRequest page) {
		Map<String, Object> parameters = Map.of("index", INDEX, "query", search.luceneQuery(), "labels",
				types.stream().map(SearchType::label).distinct().toList(), "offset", page.offset(), "limit",
				page.limit());
		return this.client.query(SEARCH)
			.bindAll(parameters)
			.fetchAs(SearchHitConnection.class)
			.mappedBy((typeSystem, row) -> SearchHitConnection.of(row.get("total").asInt(),
					row.get("page").asList((hit) -> toHit(hit, search)), page))
			.one()
			.orElseGet(() -> SearchHitConnection.of(0, List.of(), page));
	}

	private record StopWords(List<String> words) {
	}

	private static SearchHit toHit(Value hit, SearchText search) {
		GraphNode node = GraphQueries.toGraphNode(hit.get("node").asNode());
		SearchType type = SearchType.ofLabel(node.type())
			.orElseThrow(() -> new IllegalStateException("Not a searchable type: " + node.type()));
		return new SearchHit(node, type, hit.get("score").asDouble(), MatchedField.of(node.properties(), search));
	}

}
