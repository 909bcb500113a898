package de.integrationsnetz.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded Neo4j that the app starts when no {@code NEO4J_URI} is set.
 *
 * @param dataDir where the store lives ({@code INTEGRATIONSNETZ_EMBEDDED_DATA_DIR},
 * default {@code ./data})
 * @param boltPort the loopback port Bolt binds to (default 7687)
 * @param boltPortFallback when the port is taken: {@code true} binds a free port instead
 * and logs it, {@code false} stops with a clear message
 */
@ConfigurationProperties("integrationsnetz.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, Integer boltPort, Boolean boltPortFallback) {

	public EmbeddedNeo4jProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
		boltPort = (boltPort != null) ? boltPort : 7687;
		boltPortFallback = (boltPortFallback != null) ? boltPortFallback : Boolean.TRUE;
	}

}
