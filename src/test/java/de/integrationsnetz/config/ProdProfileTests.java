package de.integrationsnetz.config;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile decides what a real city gets: no sample persons, the explorer
 * only after sign-in, no widget demo key (introspection stays on for signed-in
 * COORDINATOR and STAFF; widget keys never get it, see {@code ProdProfileSecurityTests}).
 */
class ProdProfileTests {

	@Test
	void loadsNoSeedAndHidesTheExplorerAndTheDemoKey() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yaml"))
			.forEach(environment.getPropertySources()::addFirst);
		assertThat(environment.getProperty("integrationsnetz.seed.enabled", Boolean.class)).isFalse();
		assertThat(environment.getProperty("integrationsnetz.security.explorer-requires-sign-in", Boolean.class))
			.isTrue();
		assertThat(environment.getProperty("integrationsnetz.widgets.demo-key", Boolean.class)).isFalse();
	}

	@Test
	void defaultProfileLoadsTheSeedForTheDeveloperRun() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yaml"))
			.forEach(environment.getPropertySources()::addFirst);
		assertThat(environment.getProperty("integrationsnetz.seed.enabled", Boolean.class)).isTrue();
		assertThat(environment.getProperty("spring.graphql.graphiql.enabled", Boolean.class))
			.as("Spring's CDN-based GraphiQL stays off; the app serves its own")
			.isFalse();
	}

}
