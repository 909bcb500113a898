package de.integrationsnetz.search;

import de.integrationsnetz.graph.GraphNode;

/**
 * One hit of a search (GraphQL {@code SearchHit}).
 *
 * @param node the entity found
 * @param type its type
 * @param score Lucene's relevance score; higher is better
 * @param matchedField the indexed property that matched best, see {@link MatchedField}
 */
record SearchHit(GraphNode node, SearchType type, double score, String matchedField) {
}
