package de.integrationsnetz.exchange;

import java.util.List;

/**
 * What an import did, or in a dry run would do (GraphQL type {@code ImportReport}): per
 * entity label and relationship type which rows are created, updated and unchanged, every
 * problem with file and line, and the possible duplicates left for a person to decide.
 *
 * @param dryRun whether this was a dry run (nothing is written then)
 * @param written whether the import was written; false for a dry run and for a file set
 * with any problem
 * @param nodes one count per entity label in the file set, in format order
 * @param relationships one count per relationship type in the file set, in format order
 * @param errors every problem found; any problem means nothing was written
 * @param duplicates possible duplicates among the imported entities and the graph
 */
public record ImportReport(boolean dryRun, boolean written, List<ImportCount> nodes, List<ImportCount> relationships,
		List<SeedProblem> errors, List<PossibleDuplicate> duplicates) {

	static ImportReport failed(boolean dryRun, List<SeedProblem> errors) {
		return new ImportReport(dryRun, false, List.of(), List.of(), errors, List.of());
	}

	/**
	 * Whether the file set had no problem.
	 * @return true without errors
	 */
	public boolean ok() {
		return this.errors.isEmpty();
	}

	/**
	 * The counts of one label or relationship type.
	 * @param name e.g. {@code Person} or {@code MEMBER_OF}
	 * @return its counts
	 * @throws java.util.NoSuchElementException if the import had no such file
	 */
	public ImportCount count(String name) {
		return java.util.stream.Stream.concat(this.nodes.stream(), this.relationships.stream())
			.filter((count) -> count.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The rows of one file by outcome. Entities are named by id, relationships by
	 * {@code from>to} and, if given, {@code @since}.
	 *
	 * @param name the label (e.g. {@code Person}) or relationship type (e.g.
	 * {@code MEMBER_OF})
	 * @param createdIds rows that are new
	 * @param updatedIds rows whose values differ from the graph
	 * @param unchangedIds rows equal to the graph
	 */
	public record ImportCount(String name, List<String> createdIds, List<String> updatedIds,
			List<String> unchangedIds) {

		public int created() {
			return this.createdIds.size();
		}

		public int updated() {
			return this.updatedIds.size();
		}

		public int unchanged() {
			return this.unchangedIds.size();
		}

	}

	/**
	 * Entities that may be the same thing under two ids: of one label, with names that
	 * differ only by case, umlaut spelling (ü/ue, ß/ss) or white space; for persons only
	 * when they work in the same department or for the same organisation. Reported, never
	 * merged.
	 *
	 * @param label the label
	 * @param scope for persons the department or organisation they share, else null
	 * @param ids the ids, sorted
	 * @param names their names, in the order of the ids
	 * @param message the finding in one sentence
	 */
	public record PossibleDuplicate(String label, String scope, List<String> ids, List<String> names, String message) {
	}

}
