package de.integrationsnetz.exchange;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * Loads the seed on start-up when seeding is enabled and the graph has no entities yet.
 * Runs once all beans exist (so after the migrations) but before the web server starts:
 * no request ever sees a half-loaded graph, and readiness turns UP only once the graph is
 * loaded. Not when a command runs: {@code import} into an empty graph must not bring the
 * sample people along.
 */
@Component
class SeedOnStartup implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SeedOnStartup.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	private final ApplicationArguments arguments;

	SeedOnStartup(SeedLoader loader, SeedProperties properties, ApplicationArguments arguments) {
		this.loader = loader;
		this.properties = properties;
		this.arguments = arguments;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (GraphCommands.isCommand(this.arguments.getSourceArgs())) {
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
		this.loader.loadInitial(this.properties.location());
	}

}
