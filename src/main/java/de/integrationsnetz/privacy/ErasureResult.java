package de.integrationsnetz.privacy;

import de.integrationsnetz.graph.MutationFailures;

/**
 * The member of the GraphQL union {@code ErasureResult} of its own; the others are the
 * shared {@link MutationFailures.NotFound} and {@link MutationFailures.Conflict}.
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

}
