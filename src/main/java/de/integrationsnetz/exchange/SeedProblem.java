package de.integrationsnetz.exchange;

/**
 * One problem in a set of files: the file, the line (if the problem is in one row or in
 * the header) or, in a JSON document, the place (if the problem is in one section or
 * object), and what is wrong. GraphQL type {@code ImportProblem}.
 *
 * @param file the path in the set, e.g. {@code nodes/Person.csv}, or the JSON document,
 * e.g. {@code integrationsnetz.json}
 * @param line the 1-based line (the header is line 1), or null for the whole file or for
 * a place in a JSON document
 * @param location the place in a JSON document, e.g. {@code nodes.Person[3]} (objects
 * counted from 0), or null
 * @param message what is wrong
 */
public record SeedProblem(String file, Integer line, String location, String message) {

	/**
	 * A problem of a file, or of a line of it.
	 * @param file the path in the set
	 * @param line the 1-based line, or null for the whole file
	 * @param message what is wrong
	 */
	public SeedProblem(String file, Integer line, String message) {
		this(file, line, null, message);
	}

	/**
	 * The problem as one line: {@code file:line: message} or
	 * {@code file: location: message}.
	 * @return the text
	 */
	@Override
	public String toString() {
		return this.file + ((this.line != null) ? ":" + this.line : "")
				+ ((this.location != null) ? ": " + this.location : "") + ": " + this.message;
	}

}
