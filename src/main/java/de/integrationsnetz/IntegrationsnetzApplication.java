package de.integrationsnetz;

import de.integrationsnetz.exchange.GraphCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Integrationsnetz: a knowledge graph of a city's integration network, served as a
 * GraphQL API over Neo4j.
 *
 * <p>
 * Started without arguments it serves the API and the explorer. A first argument naming a
 * command ({@code seed}, {@code import}, {@code export}) runs that command against the
 * configured database and exits, see {@link GraphCommands}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntegrationsnetzApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(IntegrationsnetzApplication.class);
		if (GraphCommands.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
