package de.integrationsnetz.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
 * A Neo4j DBMS running inside the application's JVM, reachable over Bolt on loopback only
 * and with authentication on: the user {@value #USER} has a password generated on the
 * first start and kept in the data directory ({@link Neo4jPassword}), so no other local
 * process can read or change the graph past the API's rules.
 *
 * <p>
 * It is exposed as Spring Boot's {@link Neo4jConnectionDetails}, so the driver, Spring
 * Data Neo4j and the health check are configured exactly as for an external server: the
 * app talks to this database over Bolt, through the Neo4j Java Driver, with no shortcut.
 */
public class EmbeddedNeo4j implements Neo4jConnectionDetails, DisposableBean {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private static final String LOOPBACK = "127.0.0.1";

	/** The user the app signs in as. */
	static final String USER = "neo4j";

	/** Where the store of the system database (users, passwords) lives below home. */
	private static final String SYSTEM_STORE = "data/databases/" + GraphDatabaseSettings.SYSTEM_DATABASE_NAME;

	private final String password;

	private final DatabaseManagementService managementService;

	private final URI boltUri;

	public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
		Path home = properties.dataDir().toAbsolutePath();
		Neo4jPassword password = Neo4jPassword.inDataDirectory(home);
		if (password.created() || !Files.isDirectory(home.resolve(SYSTEM_STORE))) {
			// A new password or a new store: set it while no Bolt client can connect, so
			// nobody gets in with the default password in the meantime
			DatabaseManagementService bootstrap = builder(home, false, 0).build();
			try {
				setPassword(bootstrap, password.value());
			}
			finally {
				bootstrap.shutdown();
			}
		}
		int port = choosePort(properties.boltPort(), properties.boltPortFallback());
		this.managementService = builder(home, true, port).build();
		setPassword(this.managementService, password.value());
		this.password = password.value();
		this.boltUri = URI.create("bolt://" + LOOPBACK + ":" + port);
		logger.info("Embedded Neo4j started, store in " + home + "; attach Neo4j Browser or cypher-shell at "
				+ this.boltUri + " (loopback only) as user " + USER + " with the password in " + password.file());
	}

	private static DatabaseManagementServiceBuilder builder(Path home, boolean bolt, int port) {
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(BoltConnector.enabled, bolt);
		if (bolt) {
			builder.setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port));
		}
		InProcessNeo4jSettings.common().forEach((setting, value) -> setUnchecked(builder, setting, value));
		return builder;
	}

	/**
	 * Gives the user {@value #USER} the password, through the system database of the
	 * embedded API (which needs no login). Neo4j refuses to set the password it already
	 * has; that is the usual case on later starts and is no error.
	 */
	private static void setPassword(DatabaseManagementService dbms, String password) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (RuntimeException ex) {
			if (!String.valueOf(ex.getMessage()).contains("cannot be the same")) {
				throw ex;
			}
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void setUnchecked(DatabaseManagementServiceBuilder builder, org.neo4j.graphdb.config.Setting setting,
			Object value) {
		builder.setConfig(setting, value);
	}

	static int choosePort(int wanted, boolean fallback) {
		if (wanted != 0 && isFree(wanted)) {
			return wanted;
		}
		if (wanted != 0 && !fallback) {
			throw new IllegalStateException("Bolt port " + wanted + " on " + LOOPBACK
					+ " is already in use. Stop the process holding it, choose another port with "
					+ "integrationsnetz.embedded.bolt-port, or allow a free port with "
					+ "integrationsnetz.embedded.bolt-port-fallback=true.");
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			int port = socket.getLocalPort();
			if (wanted == 0) {
				return port;
			}
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
		return AuthTokens.basic(USER, this.password);
	}

	@Override
	public void destroy() {
		this.managementService.shutdown();
	}

}
