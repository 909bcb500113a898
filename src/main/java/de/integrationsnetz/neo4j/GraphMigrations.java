package de.integrationsnetz.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher migrations in {@code classpath:neo4j/migrations}
 * (constraints and indexes) while the application starts, before any request is served
 * and before the seed is loaded. Applying them again changes nothing: neo4j-migrations
 * records what it applied in the database.
 */
@Component
public class GraphMigrations implements InitializingBean {

	private static final Log logger = LogFactory.getLog(GraphMigrations.class);

	private final Driver driver;

	GraphMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		MigrationsConfig config = MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations").build();
		new Migrations(config, this.driver).apply()
			.ifPresent((version) -> logger.info("Graph schema at migration version " + version.getValue()));
	}

}
