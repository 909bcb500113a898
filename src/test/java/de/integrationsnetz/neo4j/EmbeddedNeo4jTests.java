package de.integrationsnetz.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded Neo4j: a real DBMS on loopback Bolt, started only when no external URI is
 * configured, with a clear answer when its port is taken.
 */
class EmbeddedNeo4jTests {

	@Test
	void servesBoltOnLoopbackAndFallsBackWhenThePortIsTaken(@TempDir Path dataDir) throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			EmbeddedNeo4j neo4j = new EmbeddedNeo4j(new EmbeddedNeo4jProperties(dataDir, taken.getLocalPort(), true));
			try (Driver driver = GraphDatabase.driver(neo4j.getUri(), neo4j.getAuthToken())) {
				assertThat(neo4j.getUri().getHost()).isEqualTo("127.0.0.1");
				assertThat(neo4j.getUri().getPort()).isNotEqualTo(taken.getLocalPort());
				var session = driver.session();
				String listen = session
					.run("CALL dbms.listConfig('server.bolt.listen_address') YIELD value RETURN value")
					.single()
					.get(0)
					.asString();
				assertThat(listen).startsWith("127.0.0.1:");
				session.close();
			}
			finally {
				neo4j.destroy();
			}
			assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
		}
	}

	@Test
	void saysWhatToDoWhenThePortIsTakenAndFallbackIsOff() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedNeo4j.choosePort(taken.getLocalPort(), false))
				.withMessageContaining("already in use")
				.withMessageContaining("integrationsnetz.embedded.bolt-port");
		}
	}

	@Test
	void startsNoEmbeddedDatabaseWhenAnExternalUriIsSet() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedNeo4jConfiguration.class)
			.withPropertyValues("spring.neo4j.uri=neo4j://db.example.org:7687")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedNeo4j.class));
	}

	@Test
	void startsTheEmbeddedDatabaseWhenNoUriIsSet(@TempDir Path dataDir) {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedNeo4jConfiguration.class)
			.withBean(EmbeddedNeo4jProperties.class, () -> new EmbeddedNeo4jProperties(dataDir, 0, true))
			.withPropertyValues("spring.neo4j.uri=")
			.run((context) -> assertThat(context).hasSingleBean(EmbeddedNeo4j.class));
	}

}
