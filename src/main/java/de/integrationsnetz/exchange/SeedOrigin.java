package de.integrationsnetz.exchange;

import java.util.List;

/**
 * Where the rows of a {@link SeedFiles set} come from, so that {@link SeedGraph} (the one
 * reader of the format) names them in problems and progress: CSV files by file and line
 * ({@link #CSV}), or the sections and objects of a JSON document ({@link JsonDocument}),
 * whose sections the reader sees as the CSV files they stand for.
 */
interface SeedOrigin {

	/** CSV files: rows are named by file and line. */
	SeedOrigin CSV = new SeedOrigin() {
	};

	/**
	 * Problems found while the set was put together, before the reader saw it: for a JSON
	 * document its syntax and structure.
	 * @return the problems, already located
	 */
	default List<SeedProblem> problems() {
		return List.of();
	}

	/**
	 * A problem the reader found in a file of the set, named where the user finds it.
	 * @param file the path in the set, e.g. {@code nodes/Person.csv}
	 * @param line the line the reader saw, or null for the whole file
	 * @param message what is wrong
	 * @return the problem
	 */
	default SeedProblem locate(String file, Integer line, String message) {
		return new SeedProblem(file, line, message);
	}

	/**
	 * A row, named in a message about another row.
	 * @param file the path in the set
	 * @param line the line the row starts on
	 * @return e.g. {@code nodes/Department.csv:2}
	 */
	default String row(String file, int line) {
		return file + ":" + line;
	}

	/**
	 * A row, named in a message about another row of the same file.
	 * @param file the path in the set
	 * @param line the line the row starts on
	 * @return e.g. {@code line 3}
	 */
	default String rowInFile(String file, int line) {
		return "line " + line;
	}

	/**
	 * A file of the set, for progress.
	 * @param file the path in the set
	 * @return e.g. {@code nodes/Person.csv}
	 */
	default String name(String file) {
		return file;
	}

}
