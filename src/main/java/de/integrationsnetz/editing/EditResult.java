package de.integrationsnetz.editing;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.TieProperties;

/**
 * The results of writes, one record per member of the GraphQL unions {@code EntityResult}
 * and {@code LinkResult}; the record's simple name is the GraphQL type name.
 */
final class EditResult {

	private EditResult() {
	}

	/**
	 * The entity was written.
	 *
	 * @param entity the entity as it is now
	 */
	record EntitySuccess(GraphNode entity) {
	}

	/**
	 * The relationship was written.
	 *
	 * @param from its start
	 * @param to its end
	 * @param properties the relationship as it is now
	 */
	record LinkSuccess(GraphNode from, GraphNode to, TieProperties properties) {
	}

}
