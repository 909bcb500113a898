package de.integrationsnetz.reach;

import java.util.List;

import de.integrationsnetz.graph.GraphNode;

/**
 * One network an organisation belongs to, with its delegates there (GraphQL type
 * {@code NetworkContact}).
 *
 * @param network the network
 * @param persons who currently work for the organisation and are members of the network
 */
record NetworkContact(GraphNode network, List<GraphNode> persons) {
}
