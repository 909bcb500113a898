package de.integrationsnetz.graph;

import java.util.List;

/**
 * A page of a Relay connection.
 *
 * @param totalCount how many items the whole list has
 * @param edges the items of this page
 * @param pageInfo where this page lies in the list
 */
public record Connection(int totalCount, List<Edge> edges, PageInfo pageInfo) {

	/**
	 * One item of a connection.
	 *
	 * @param cursor opaque position, to pass as {@code after}
	 * @param node the entity
	 * @param properties the relationship behind a navigated edge, null in root lists
	 */
	public record Edge(String cursor, GraphNode node, TieProperties properties) {
	}

	/**
	 * Relay page information.
	 *
	 * @param hasNextPage whether items follow this page
	 * @param hasPreviousPage whether items precede this page
	 * @param startCursor the first edge's cursor
	 * @param endCursor the last edge's cursor
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
