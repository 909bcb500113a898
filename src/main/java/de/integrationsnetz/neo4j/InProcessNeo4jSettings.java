package de.integrationsnetz.neo4j;

import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.graphdb.config.Setting;

/**
 * Settings every in-process Neo4j of this project needs, shared by the embedded server
 * and the test harness so that both behave alike.
 */
public final class InProcessNeo4jSettings {

	private InProcessNeo4jSettings() {
	}

	/**
	 * The settings to apply on top of a builder's own.
	 * <ul>
	 * <li>the in-JVM "local" Bolt connector is off: it needs a Netty transport that Netty
	 * 4.2 (managed by Spring Boot 4) no longer provides;</li>
	 * <li>shutdown waits are short, or every stop blocks for 10 s;</li>
	 * <li>no HTTP connector: the app talks Bolt only.</li>
	 * </ul>
	 * @return setting to value
	 */
	public static Map<Setting<?>, Object> common() {
		return Map.of(BoltConnectorInternalSettings.enable_local_connector, false,
				BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200),
				BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200),
				HttpConnector.enabled, false);
	}

}
