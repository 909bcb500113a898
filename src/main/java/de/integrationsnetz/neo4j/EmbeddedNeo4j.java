package de.integrationsnetz.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * A Neo4j DBMS running inside the application's JVM, reachable over Bolt on loopback
 * only.
 *
 * <p>
 * It is exposed as Spring Boot's {@link Neo4jConnectionDetails}, so the driver, Spring
 * Data Neo4j and the health check are configured exactly as for an external server: the
 * app talks to this database over Bolt, through the Neo4j Java Driver, with no shortcut.
 */
public class EmbeddedNeo4j implements Neo4jConnectionDetails, DisposableBean {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private static final String LOOPBACK = "127.0.0.1";

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		this(properties, Duration.ZERO);
	}

	/**
	 * Starts the embedded database.
	 * @param properties where and on which port
	 * @param transactionTimeout after how long Neo4j ends any transaction, reads in
	 * auto-commit included ({@code db.transaction.timeout}); zero for never
	 */
	public EmbeddedNeo4j(EmbeddedNeo4jProperties properties, Duration transactionTimeout) {
		int port = choosePort(properties.boltPort(), properties.boltPortFallback());
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(
				properties.dataDir().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
			.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout);
		InProcessNeo4jSettings.common().forEach((setting, value) -> setUnchecked(builder, setting, value));
		this.managementService = builder.build();
		this.boltUri = URI.create("bolt://" + LOOPBACK + ":" + port);
		logger.info("Embedded Neo4j started, store in " + properties.dataDir().toAbsolutePath()
				+ "; attach Neo4j Browser or cypher-shell at " + this.boltUri + " (loopback only)");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void setUnchecked(DatabaseManagementServiceBuilder builder, org.neo4j.graphdb.config.Setting setting,
			Object value) {
		builder.setConfig(setting, value);
	}

	static int choosePort(int wanted, boolean fallback) {
		if (isFree(wanted)) {
			return wanted;
		}
		if (!fallback) {
			throw new IllegalStateException("Bolt port " + wanted + " on " + LOOPBACK
					+ " is already in use. Stop the process holding it, choose another port with "
					+ "integrationsnetz.embedded.bolt-port, or allow a free port with "
					+ "integrationsnetz.embedded.bolt-port-fallback=true.");
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			int port = socket.getLocalPort();
			logger.warn("Bolt port " + wanted + " is already in use; the embedded Neo4j uses the free port " + port
					+ " instead");
			return port;
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port on " + LOOPBACK + " for the embedded Neo4j", ex);
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
			socket.setReuseAddress(true);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public URI getUri() {
		return this.boltUri;
	}

	@Override
	public AuthToken getAuthToken() {
		// Bolt listens on loopback only; authentication arrives with access control
		return AuthTokens.none();
	}

	@Override
	public void destroy() {
		this.managementService.shutdown();
	}

}
