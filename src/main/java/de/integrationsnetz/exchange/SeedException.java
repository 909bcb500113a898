package de.integrationsnetz.exchange;

import java.util.List;

/**
 * The seed files cannot be loaded; nothing was written. Lists every problem found, each
 * with file and line.
 */
public class SeedException extends RuntimeException {

	private final List<SeedProblem> errors;

	SeedException(List<SeedProblem> errors) {
		super("The seed files have " + errors.size() + " problem(s), nothing was loaded:\n  "
				+ String.join("\n  ", errors.stream().map(SeedProblem::toString).toList()));
		this.errors = List.copyOf(errors);
	}

	/**
	 * Every problem as {@code file:line: message}.
	 * @return the problems
	 */
	public List<String> problems() {
		return this.errors.stream().map(SeedProblem::toString).toList();
	}

	/**
	 * Every problem with file and line apart.
	 * @return the problems
	 */
	public List<SeedProblem> errors() {
		return this.errors;
	}

}
