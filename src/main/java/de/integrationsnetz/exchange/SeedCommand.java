package de.integrationsnetz.exchange;

import java.nio.file.Path;

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
class SeedCommand extends GraphCommand {

	static final String NAME = "seed";

	private final SeedLoader loader;

	private final SeedProperties properties;

	SeedCommand(SeedLoader loader, SeedProperties properties) {
		super(NAME);
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	int execute(String[] args) {
		var arguments = GraphCommands.Arguments.parse(args, java.util.Set.of()).positional();
		String location = (arguments.size() > 1) ? Path.of(arguments.get(1)).toAbsolutePath().toUri().toString()
				: this.properties.location();
		try {
			SeedLoader.Counts counts = this.loader.load(location);
			this.out.println("Seed loaded: " + counts.nodes() + " entities, " + counts.relationships()
					+ " relationships from " + location);
			return 0;
		}
		catch (SeedException ex) {
			this.err.println(ex.getMessage());
			return 1;
		}
	}

}
