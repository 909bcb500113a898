package de.integrationsnetz.seed;

/**
 * One problem in a set of files: the file, the line (if the problem is in one row or in
 * the header) and what is wrong. GraphQL type {@code ImportProblem}.
 *
 * @param file the path in the set, e.g. {@code nodes/Person.csv}
 * @param line the 1-based line (the header is line 1), or null for the whole file
 * @param message what is wrong
 */
public record SeedProblem(String file, Integer line, String message) {

	/**
	 * The problem as one line: {@code file:line: message}.
	 * @return the text
	 */
	@Override
	public String toString() {
		return this.file + ((this.line != null) ? ":" + this.line : "") + ": " + this.message;
	}

}
