package de.integrationsnetz.gaps;

import java.util.List;

import de.integrationsnetz.graph.GraphNode;

/**
 * Counts for a heat map (GraphQL {@code CoverageMatrix}): {@code cells.get(i).get(j)}
 * belongs to {@code rows.get(i)} and {@code columns.get(j)}.
 *
 * @param rows the row entities
 * @param columns the column entities
 * @param cells one list of counts per row, one count per column
 */
record CoverageMatrix(List<GraphNode> rows, List<GraphNode> columns, List<List<Integer>> cells) {

}
