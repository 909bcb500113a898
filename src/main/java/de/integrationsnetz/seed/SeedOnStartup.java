package de.integrationsnetz.seed;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the seed on start-up when seeding is enabled and the graph has no entities yet.
 * Runs before the application reports itself ready, so readiness turns UP only once the
 * graph is loaded.
 */
@Component
@Order(0)
class SeedOnStartup implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SeedOnStartup.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	SeedOnStartup(SeedLoader loader, SeedProperties properties) {
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (SeedCommand.isCommand(args.getSourceArgs())) {
			return;
		}
		if (!this.properties.enabled()) {
			logger.info("Seeding is disabled (integrationsnetz.seed.enabled=false)");
			return;
		}
		if (!this.loader.graphIsEmpty()) {
			logger.info("The graph already has entities; the seed is not loaded again");
			return;
		}
		this.loader.load(this.properties.location());
	}

}
