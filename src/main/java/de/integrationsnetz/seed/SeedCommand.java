package de.integrationsnetz.seed;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code seed [DIR]}: loads the seed files of DIR (default: the packaged
 * Herne seed) into the configured database, whether it is empty or not, and exits.
 * Loading merges by id, so it adds what is missing, updates what the files changed and
 * duplicates nothing.
 *
 * <pre>
 * java -jar target/integrationsnetz.jar seed
 * java -jar target/integrationsnetz.jar seed graph-seed
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments=seed
 * </pre>
 */
@Component
@Order(1)
public class SeedCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String NAME = "seed";

	private final SeedLoader loader;

	private final SeedProperties properties;

	private int exitCode;

	SeedCommand(SeedLoader loader, SeedProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	/**
	 * Whether the program arguments ask for this command.
	 * @param args the program arguments
	 * @return true if the first non-option argument is {@code seed}
	 */
	public static boolean isCommand(String... args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return NAME.equals(arg);
			}
		}
		return false;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!isCommand(args.getSourceArgs())) {
			return;
		}
		var arguments = args.getNonOptionArgs();
		String location = (arguments.size() > 1) ? Path.of(arguments.get(1)).toAbsolutePath().toUri().toString()
				: this.properties.location();
		try {
			SeedLoader.Counts counts = this.loader.load(location);
			System.out.println("Seed loaded: " + counts.nodes() + " entities, " + counts.relationships()
					+ " relationships from " + location);
		}
		catch (SeedException ex) {
			System.err.println(ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
