package de.integrationsnetz.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code export [--format csv|json] --out DIR}: writes the whole graph into
 * DIR, as the 31 files of the graph-seed format ({@code DIR/nodes/…},
 * {@code DIR/relationships/…}; the default) or as one JSON document
 * ({@code DIR/integrationsnetz.json}), and exits. Existing files of the same names are
 * replaced.
 *
 * <pre>
 * java -jar target/integrationsnetz.jar export --format csv --out export/
 * java -jar target/integrationsnetz.jar export --format json --out export/
 * </pre>
 */
@Component
@Order(3)
class ExportCommand extends GraphCommand {

	static final String NAME = "export";

	static final String USAGE = "usage: export [--format csv|json] --out DIR";

	private final GraphExport export;

	ExportCommand(GraphExport export) {
		super(NAME);
		this.export = export;
	}

	@Override
	int execute(String[] args) {
		GraphCommands.Arguments arguments = GraphCommands.Arguments.parse(args, Set.of("format", "out"));
		String out = arguments.options().get("out");
		String formatName = arguments.options().getOrDefault("format", "csv");
		GraphExport.ExportFormat format;
		try {
			format = GraphExport.ExportFormat.valueOf(formatName.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			format = null;
		}
		if (out == null || "true".equals(out) || format == null || arguments.positional().size() != 1) {
			this.err.println(USAGE);
			return 2;
		}
		Path directory = Path.of(out);
		GraphExport.ExportResult result = this.export.export(format);
		try {
			for (GraphExport.ExportFile file : result.files()) {
				Path target = directory.resolve(file.path());
				Files.createDirectories(target.getParent());
				Files.writeString(target, file.content(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			this.err.println("Cannot write the export to " + directory + ": " + ex.getMessage());
			return 1;
		}
		this.out.println("Exported " + result.files().size() + " file(s) as " + format + " to " + directory);
		return 0;
	}

}
