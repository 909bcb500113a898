package de.integrationsnetz.exchange;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Told how far an import is: each file is checked and then written, so a set of n files
 * takes 2n steps (n in a dry run).
 */
@FunctionalInterface
interface ImportProgress {

	/** Progress nobody watches. */
	ImportProgress NONE = (done, total, step) -> {
	};

	/**
	 * One step is done.
	 * @param done steps done so far
	 * @param total steps in all
	 * @param step what was done, e.g. {@code writing relationships/MEMBER_OF.csv}
	 */
	void update(int done, int total, String step);

	/**
	 * Progress as log lines, for imports without a terminal (the GraphQL mutation).
	 * @return the progress
	 */
	static ImportProgress log() {
		Log logger = LogFactory.getLog(ImportProgress.class);
		return (done, total, step) -> logger
			.info("Import %d/%d (%d%%): %s".formatted(done, total, (total > 0) ? done * 100 / total : 100, step));
	}

}
