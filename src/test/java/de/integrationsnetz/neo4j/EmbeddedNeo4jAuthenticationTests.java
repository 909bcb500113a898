package de.integrationsnetz.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded Neo4j lets no one in over Bolt without the password that it generated on
 * the first start and keeps, owner-only, in the data directory.
 */
class EmbeddedNeo4jAuthenticationTests {

	@Test
	void refusesBoltWithoutThePasswordAndKeepsItAcrossRestarts(@TempDir Path dataDir) throws Exception {
		Path file = dataDir.resolve(Neo4jPassword.FILE_NAME);
		EmbeddedNeo4j first = new EmbeddedNeo4j(new EmbeddedNeo4jProperties(dataDir, 0, true));
		String password;
		try {
			assertThat(file).isRegularFile();
			password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo("neo4j");
			if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			}
			assertRefused(first, AuthTokens.none());
			assertRefused(first, AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(first, AuthTokens.basic("neo4j", password + "x"));
			assertThat(answer(first, AuthTokens.basic("neo4j", password))).isEqualTo(1);
			assertThat(answer(first, first.getAuthToken())).isEqualTo(1);
		}
		finally {
			first.destroy();
		}
		EmbeddedNeo4j second = new EmbeddedNeo4j(new EmbeddedNeo4jProperties(dataDir, 0, true));
		try {
			assertThat(Files.readString(file).strip()).isEqualTo(password);
			assertThat(answer(second, AuthTokens.basic("neo4j", password))).isEqualTo(1);
			assertRefused(second, AuthTokens.none());
		}
		finally {
			second.destroy();
		}
	}

	@Test
	void generatesLongRandomPasswords() {
		String one = Neo4jPassword.generate();
		assertThat(one).hasSize(Neo4jPassword.LENGTH).isNotEqualTo(Neo4jPassword.generate());
		assertThat(new Neo4jPassword(Path.of("x"), one, true).toString()).doesNotContain(one);
	}

	private static int answer(EmbeddedNeo4j neo4j, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(neo4j.getUri(), token); var session = driver.session()) {
			return session.run("RETURN 1").single().get(0).asInt();
		}
	}

	private static void assertRefused(EmbeddedNeo4j neo4j, AuthToken token) {
		assertThatExceptionOfType(SecurityException.class).isThrownBy(() -> answer(neo4j, token))
			.isInstanceOfAny(AuthenticationException.class, SecurityException.class);
	}

}
