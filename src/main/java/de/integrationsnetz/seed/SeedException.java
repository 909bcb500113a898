package de.integrationsnetz.seed;

import java.util.List;

/**
 * The seed files cannot be loaded; nothing was written. Lists every problem found, each
 * with file and line.
 */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	SeedException(List<String> problems) {
		super("The seed files have " + problems.size() + " problem(s), nothing was loaded:\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
