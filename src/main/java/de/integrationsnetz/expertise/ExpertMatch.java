package de.integrationsnetz.expertise;

import java.util.List;

import de.integrationsnetz.graph.Connection;
import de.integrationsnetz.graph.GraphNode;

/**
 * A person who matches {@code findExperts}, with score and reasons (GraphQL
 * {@code ExpertMatch}).
 *
 * @param person the person
 * @param score the ranking score
 * @param reasons why the person matched
 */
record ExpertMatch(GraphNode person, double score, Reasons reasons) {

	/**
	 * GraphQL {@code ExpertReasons}.
	 *
	 * @param topics expertise on the asked topic or narrower ones, best first
	 * @param languages the person's working languages
	 * @param targetGroups the target groups the person works with
	 * @param contactPersonFor departments the person is the contact person for
	 * @param deputyFor departments the person stands in for
	 * @param networks networks the person belongs to
	 * @param internal works in a department
	 * @param external works for an organisation
	 */
	record Reasons(List<TopicMatch> topics, List<GraphNode> languages, List<GraphNode> targetGroups,
			List<GraphNode> contactPersonFor, List<GraphNode> deputyFor, List<GraphNode> networks, boolean internal,
			boolean external) {
	}

	/**
	 * GraphQL {@code TopicMatch}.
	 *
	 * @param topic the matched topic
	 * @param level the expertise level
	 * @param depth steps below the asked topic
	 * @param path from the asked topic to the matched one
	 */
	record TopicMatch(GraphNode topic, String level, int depth, List<GraphNode> path) {
	}

	/**
	 * GraphQL {@code ExpertMatchConnection}. (Spring for GraphQL passes a value of a
	 * class whose name ends in "Connection" through as the connection itself.)
	 *
	 * @param totalCount all matches
	 * @param pageInfo the page's position
	 * @param edges the page
	 */
	record ExpertMatchConnection(int totalCount, Connection.PageInfo pageInfo, List<Edge> edges) {
	}

	/**
	 * GraphQL {@code ExpertMatchEdge}.
	 *
	 * @param cursor the position
	 * @param node the match
	 */
	record Edge(String cursor, ExpertMatch node) {
	}

}
