package de.integrationsnetz.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands of the command line: {@code seed [DIR]} ({@link SeedCommand}),
 * {@code import DIR [--dry-run] [--encoding ENC]} ({@link ImportCommand}) and
 * {@code export [--format csv|json] --out DIR} ({@link ExportCommand}). A command runs
 * against the configured database and exits; without one the application serves the API.
 *
 * <p>
 * The command is the first argument that is not an option ({@code --…}). Its own options
 * follow it, as {@code --name value} or {@code --name=value}.
 */
public final class GraphCommands {

	/** The names of all commands. */
	static final List<String> NAMES = List.of(SeedCommand.NAME, ImportCommand.NAME, ExportCommand.NAME);

	private GraphCommands() {
	}

	/**
	 * Whether the program arguments ask for a command.
	 * @param args the program arguments
	 * @return true if the first non-option argument names a command
	 */
	public static boolean isCommand(String... args) {
		String command = command(args);
		return command != null && NAMES.contains(command);
	}

	/**
	 * The first argument that is not an option.
	 * @param args the program arguments
	 * @return the argument, or null
	 */
	static String command(String... args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return arg;
			}
		}
		return null;
	}

	/**
	 * Program arguments split into positional arguments and options.
	 *
	 * @param positional the arguments that are not options, the command first
	 * @param options option name → value ({@code "true"} for a flag)
	 */
	record Arguments(List<String> positional, Map<String, String> options) {

		/**
		 * Splits arguments; an option in {@code valued} takes the next argument as its
		 * value unless written {@code --name=value}.
		 * @param args the program arguments
		 * @param valued the options that take a value
		 * @return the arguments
		 */
		static Arguments parse(String[] args, Set<String> valued) {
			List<String> positional = new ArrayList<>();
			Map<String, String> options = new HashMap<>();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (!arg.startsWith("--")) {
					positional.add(arg);
					continue;
				}
				String name = arg.substring(2);
				int equals = name.indexOf('=');
				if (equals >= 0) {
					options.put(name.substring(0, equals), name.substring(equals + 1));
				}
				else if (valued.contains(name) && i + 1 < args.length) {
					options.put(name, args[++i]);
				}
				else {
					options.put(name, "true");
				}
			}
			return new Arguments(positional, options);
		}

	}

}
