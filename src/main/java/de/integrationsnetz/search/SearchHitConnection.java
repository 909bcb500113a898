package de.integrationsnetz.search;

import java.util.ArrayList;
import java.util.List;

import de.integrationsnetz.graph.Connection;
import de.integrationsnetz.graph.PageRequest;

/**
 * A page of search hits (GraphQL {@code SearchHitConnection}), with the same cursors and
 * page information as every other connection of the API.
 *
 * @param totalCount how many hits the whole search has
 * @param edges the hits of this page, best first
 * @param pageInfo where this page lies
 */
record SearchHitConnection(int totalCount, List<Edge> edges, Connection.PageInfo pageInfo) {

	/**
	 * Builds the page from the hits read for it.
	 * @param totalCount the number of all hits
	 * @param hits the hits of the page, in order
	 * @param page the page they were read for
	 * @return the connection
	 */
	static SearchHitConnection of(int totalCount, List<SearchHit> hits, PageRequest page) {
		List<Edge> edges = new ArrayList<>(hits.size());
		for (int i = 0; i < hits.size(); i++) {
			edges.add(new Edge(page.cursor(i), hits.get(i)));
		}
		return new SearchHitConnection(totalCount, edges, page.pageInfo(edges.size(), totalCount));
	}

	/**
	 * One hit with its cursor (GraphQL {@code SearchHitEdge}).
	 *
	 * @param cursor opaque position, to pass as {@code after}
	 * @param node the hit
	 */
	record Edge(String cursor, SearchHit node) {
	}

}
