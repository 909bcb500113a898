package de.integrationsnetz.hardening;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import de.integrationsnetz.neo4j.EmbeddedNeo4j;
import de.integrationsnetz.neo4j.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neo4j transaction timeout: the application's transactions ask for it, and a server
 * the embedded database applies it to every transaction, reads included.
 */
class TransactionTimeoutTests extends GraphIntegrationTest {

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void transactionsOfTheApplicationHaveTheConfiguredTimeout() {
		assertThat(this.transactionManager).isInstanceOf(AbstractPlatformTransactionManager.class);
		assertThat(((AbstractPlatformTransactionManager) this.transactionManager).getDefaultTimeout()).isEqualTo(30);
	}

	@Test
	void theEmbeddedDatabaseEndsEveryTransactionAfterTheTimeout(@TempDir Path dataDir) throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		EmbeddedNeo4j embedded = new EmbeddedNeo4j(new EmbeddedNeo4jProperties(dataDir, port, true),
				Duration.ofSeconds(7));
		try (Driver driver = GraphDatabase.driver(embedded.getUri(), embedded.getAuthToken());
				var session = driver.session()) {
			String value = session.run("CALL dbms.listConfig('db.transaction.timeout') YIELD value RETURN value")
				.single()
				.get(0)
				.asString();
			assertThat(value).isEqualTo("7s");
		}
		finally {
			embedded.destroy();
		}
	}

}
