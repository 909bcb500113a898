package de.integrationsnetz.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code import DIR|FILE.json [--dry-run] [--encoding ENC]}: imports the CSV
 * files in {@code DIR/nodes/} and {@code DIR/relationships/} (graph-seed format, also as
 * German spreadsheet programs write it; the set may be partial), or the JSON document an
 * export writes (a file ending in {@code .json}, or a directory holding
 * {@code integrationsnetz.json} and no CSV files; see {@link SeedFiles#fromPath}) into
 * the configured database, shows a progress bar on stderr, prints the report and exits: 0
 * when the files had no problem, 1 when they had (nothing written then), 2 for a wrong
 * command line.
 *
 * <pre>
 * java -jar target/integrationsnetz.jar import ~/Downloads/fachbereich-soziales --dry-run
 * java -jar target/integrationsnetz.jar import ~/Downloads/fachbereich-soziales --encoding windows-1252
 * java -jar target/integrationsnetz.jar import export/integrationsnetz.json
 * </pre>
 */
@Component
@Order(2)
class ImportCommand extends GraphCommand {

	static final String NAME = "import";

	static final String USAGE = "usage: import DIR|FILE.json [--dry-run] [--encoding utf-8|windows-1252]";

	private final SeedLoader loader;

	ImportCommand(SeedLoader loader) {
		super(NAME);
		this.loader = loader;
	}

	@Override
	int execute(String[] args) {
		GraphCommands.Arguments arguments = GraphCommands.Arguments.parse(args, Set.of("encoding"));
		if (arguments.positional().size() != 2) {
			this.err.println(USAGE);
			return 2;
		}
		SeedFiles files;
		try {
			Charset encoding = CsvReader.charset(arguments.options().get("encoding"));
			files = SeedFiles.fromPath(Path.of(arguments.positional().get(1)), encoding);
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.println(USAGE);
			return 2;
		}
		boolean dryRun = Boolean.parseBoolean(arguments.options().getOrDefault("dry-run", "false"));
		ProgressBar bar = new ProgressBar(this.err);
		ImportReport report = this.loader.importFiles(files, dryRun, bar);
		bar.finish();
		describe(report).forEach(this.out::println);
		report.errors().forEach((error) -> this.err.println(error));
		return report.ok() ? 0 : 1;
	}

	/**
	 * The report as lines of text.
	 * @param report the report
	 * @return the lines
	 */
	static List<String> describe(ImportReport report) {
		List<String> lines = new java.util.ArrayList<>();
		if (!report.ok()) {
			lines.add("The files have " + report.errors().size() + " problem(s); nothing was written:");
			report.errors().forEach((error) -> lines.add("  " + error));
			return lines;
		}
		lines.add(report.dryRun() ? "Dry run: nothing was written. The import would make these changes:" : "Imported:");
		lines.add("Entities:");
		report.nodes().forEach((count) -> describe(count, lines));
		lines.add("Relationships:");
		report.relationships().forEach((count) -> describe(count, lines));
		if (!report.duplicates().isEmpty()) {
			lines.add("Possible duplicates (nothing was merged; decide and correct the files or the graph):");
			report.duplicates().forEach((duplicate) -> lines.add("  " + duplicate.message()));
		}
		return lines;
	}

	private static void describe(ImportReport.ImportCount count, List<String> lines) {
		lines.add("  %s: %d created, %d updated, %d unchanged".formatted(count.name(), count.created(), count.updated(),
				count.unchanged()));
		if (!count.createdIds().isEmpty()) {
			lines.add("    created: " + String.join(", ", count.createdIds()));
		}
		if (!count.updatedIds().isEmpty()) {
			lines.add("    updated: " + String.join(", ", count.updatedIds()));
		}
	}

}
