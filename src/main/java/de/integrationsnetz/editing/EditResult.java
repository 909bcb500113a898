package de.integrationsnetz.editing;

import java.util.List;

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

	/**
	 * The input was refused.
	 *
	 * @param message a summary
	 * @param fieldErrors one per wrong field
	 */
	record ValidationFailed(String message, List<FieldError> fieldErrors) {

		static ValidationFailed of(List<FieldError> errors) {
			return new ValidationFailed("The input has " + errors.size() + " problem(s); nothing was written", errors);
		}

	}

	/**
	 * What is wrong with one field.
	 *
	 * @param field the input field
	 * @param message what is wrong
	 * @param code a stable code
	 */
	record FieldError(String field, String message, String code) {
	}

	/**
	 * No entity has the id.
	 *
	 * @param message a summary
	 * @param id the id
	 */
	record NotFound(String message, String id) {

		static NotFound of(String id) {
			return new NotFound("No entity has the id '" + id + "'", id);
		}

	}

	/**
	 * A stale version or an existing tie.
	 *
	 * @param message a summary
	 * @param current the entity as it is now
	 */
	record Conflict(String message, GraphNode current) {
	}

}
