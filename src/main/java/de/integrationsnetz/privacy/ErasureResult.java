package de.integrationsnetz.privacy;

import de.integrationsnetz.graph.GraphNode;

/**
 * The members of the GraphQL union {@code ErasureResult}; each record's simple name is
 * the GraphQL type name ({@code NotFound} and {@code Conflict} are the types the writes
 * of {@code editing.graphqls} answer with too).
 */
final class ErasureResult {

	private ErasureResult() {
	}

	/**
	 * The person was erased.
	 *
	 * @param pseudonym what stands for the person in the audit trail now
	 * @param relationshipsDeleted how many relationships were deleted
	 * @param auditEntriesPseudonymised how many audit entries were pseudonymised
	 */
	record ErasureSuccess(String pseudonym, int relationshipsDeleted, int auditEntriesPseudonymised) {
	}

	/**
	 * No person has the id.
	 *
	 * @param message a summary
	 * @param id the id
	 */
	record NotFound(String message, String id) {
	}

	/**
	 * A stale version.
	 *
	 * @param message a summary
	 * @param current the person as they are now
	 */
	record Conflict(String message, GraphNode current) {
	}

}
