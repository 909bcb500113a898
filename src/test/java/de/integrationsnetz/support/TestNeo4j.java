package de.integrationsnetz.support;

import java.net.URI;

import de.integrationsnetz.neo4j.InProcessNeo4jSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The one Neo4j Harness of a test JVM: started on first use, shared by every test class
 * and Spring context, stopped when the JVM exits. Its Bolt URI reaches Spring through
 * {@code @DynamicPropertySource} (see {@link GraphIntegrationTest}).
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private TestNeo4j() {
	}

	/**
	 * The running harness, started if needed.
	 * @return the harness
	 */
	public static synchronized Neo4j get() {
		if (neo4j == null) {
			Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer();
			InProcessNeo4jSettings.common().forEach((setting, value) -> with(builder, setting, value));
			neo4j = builder.build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "neo4j-harness-shutdown"));
		}
		return neo4j;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void with(Neo4jBuilder builder, org.neo4j.graphdb.config.Setting setting, Object value) {
		builder.withConfig(setting, value);
	}

	public static URI boltUri() {
		return get().boltURI();
	}

}
