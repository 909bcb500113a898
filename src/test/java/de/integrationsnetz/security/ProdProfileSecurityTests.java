package de.integrationsnetz.security;

import java.net.http.HttpResponse;

import de.integrationsnetz.IntegrationsnetzApplication;
import de.integrationsnetz.support.Http;
import de.integrationsnetz.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as a city runs it ({@code prod} profile, against the shared harness):
 * the explorer and introspection only for signed-in COORDINATOR and STAFF, no demo key.
 */
class ProdProfileSecurityTests {

	private static final String STAFF = "prod-test-staff-token-0123456789abcdef";

	private static ConfigurableApplicationContext application;

	private static String base;

	@BeforeAll
	static void start() {
		application = new SpringApplicationBuilder(IntegrationsnetzApplication.class).profiles("prod")
			.properties("server.port=0", "spring.neo4j.uri=" + TestNeo4j.boltUri(),
					"integrationsnetz.embedded.data-dir=target/test-data-prod",
					"integrationsnetz.security.tokens[0].token=" + STAFF,
					"integrationsnetz.security.tokens[0].role=STAFF")
			.run();
		base = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	static void stop() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void theExplorerNeedsASignedInUser() {
		assertThat(Http.request("GET", base + "/graphiql").statusCode()).isEqualTo(401);
		assertThat(Http.request("GET", base + "/graphiql", "Authorization", "Bearer " + STAFF).statusCode())
			.isEqualTo(200);
	}

	@Test
	void introspectionAnswersSignedInStaff() {
		HttpResponse<String> response = Http.post(base + "/graphql", Http.query("{ __schema { queryType { name } } }"),
				"Authorization", "Bearer " + STAFF);
		assertThat(response.body()).contains("\"name\":\"Query\"");
		assertThat(Http.post(base + "/graphql", Http.query("{ __schema { queryType { name } } }")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void thereIsNoDemoKey() {
		assertThat(Http.request("GET", base + "/widgets/demo-config.json").statusCode()).isEqualTo(404);
	}

}
