package de.integrationsnetz.graph;

import java.util.List;

/**
 * The failures every mutation result shares, one Java record per GraphQL type of the same
 * name ({@code ValidationFailed}, {@code FieldError}, {@code NotFound}, {@code Conflict}
 * in {@code editing.graphqls}); the unions of editing, erasure and widget keys return
 * them.
 */
public final class MutationFailures {

	private MutationFailures() {
	}

	/**
	 * The input was refused.
	 *
	 * @param message a summary
	 * @param fieldErrors one per wrong field
	 */
	public record ValidationFailed(String message, List<FieldError> fieldErrors) {

		public static ValidationFailed of(List<FieldError> errors) {
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
	public record FieldError(String field, String message, String code) {
	}

	/**
	 * No entity has the id.
	 *
	 * @param message a summary
	 * @param id the id
	 */
	public record NotFound(String message, String id) {

		public static NotFound of(String id) {
			return new NotFound("No entity has the id '" + id + "'", id);
		}

	}

	/**
	 * A stale version or an existing tie.
	 *
	 * @param message a summary
	 * @param current the entity as it is now
	 */
	public record Conflict(String message, GraphNode current) {
	}

}
