package de.integrationsnetz.support;

import de.integrationsnetz.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application on a random port, against the
 * shared Neo4j Harness, with the Herne seed loaded on start-up and "today" fixed at
 * {@value #TODAY}. All subclasses share one Spring context; keep it that way (no
 * {@code @MockitoBean}, no extra properties) so the suite starts the application once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "integrationsnetz.today=" + GraphIntegrationTest.TODAY,
				"integrationsnetz.security.tokens[0].token=" + GraphIntegrationTest.COORDINATOR_TOKEN,
				"integrationsnetz.security.tokens[0].role=COORDINATOR",
				"integrationsnetz.security.tokens[1].token=" + GraphIntegrationTest.STAFF_TOKEN,
				"integrationsnetz.security.tokens[1].role=STAFF",
				"integrationsnetz.security.users[0].name=" + GraphIntegrationTest.BASIC_USER,
				"integrationsnetz.security.users[0].password=" + GraphIntegrationTest.BASIC_PASSWORD,
				"integrationsnetz.security.users[0].role=STAFF", "integrationsnetz.security.users[0].person=kim-muster",
				"integrationsnetz.embedded.data-dir=target/test-data",
				"spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:test-jwt/public.pem",
				"integrationsnetz.security.oidc.roles-claim=realm_access.roles",
				"integrationsnetz.security.oidc.role-mapping.integration-office=COORDINATOR" })
@Import(GraphIntegrationTest.Counting.class)
public abstract class GraphIntegrationTest {

	/** The day the tests see as today. */
	public static final String TODAY = "2026-11-26";

	/** Bearer token of the built-in test user with the COORDINATOR role. */
	public static final String COORDINATOR_TOKEN = "test-coordinator-token-0123456789abcdef";

	/** Bearer token of the built-in test user with the STAFF role. */
	public static final String STAFF_TOKEN = "test-staff-token-0123456789abcdef";

	/** Name of the built-in HTTP Basic test user (STAFF), e.g. for the browser tests. */
	public static final String BASIC_USER = "test-staff-user";

	/** Password of {@link #BASIC_USER}. */
	public static final String BASIC_PASSWORD = "test-staff-password-0123456789";

	@LocalServerPort
	protected int port;

	@Autowired
	protected CypherCounter cypherCounter;

	@Autowired
	protected RecordedAccessDecisions accessDecisions;

	@Autowired
	private WebGraphQlHandler graphQlHandler;

	@Autowired
	private org.springframework.data.neo4j.core.Neo4jClient fixtureClient;

	/**
	 * Every test starts signed in as a COORDINATOR for {@link #graphQl()} (which runs
	 * without HTTP, so without the sign-in filters); {@link #signInAs} changes that.
	 */
	@BeforeEach
	void signInAsCoordinator() {
		signInAs(Role.COORDINATOR);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/**
	 * Makes {@link #graphQl()} run as a caller with the role, or as anonymous with null.
	 * @param role the role, or null
	 */
	protected static void signInAs(Role role) {
		if (role == null) {
			SecurityContextHolder.clearContext();
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"test-" + role.name().toLowerCase(java.util.Locale.ROOT), null,
				AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
	}

	/**
	 * The value of an {@code Authorization} header that signs in over HTTP as the
	 * built-in test COORDINATOR.
	 * @return {@code Bearer …}
	 */
	protected static String coordinatorAuthorization() {
		return "Bearer " + COORDINATOR_TOKEN;
	}

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> TestNeo4j.boltUri().toString());
	}

	/**
	 * A tester that runs documents through the application's GraphQL handler, with its
	 * interceptors, without HTTP.
	 * @return the tester
	 */
	protected WebGraphQlTester graphQl() {
		return WebGraphQlTester.create(this.graphQlHandler);
	}

	/**
	 * Replaces a test's fixture: removes the entities whose ids start with the prefix
	 * (and their relationships), then runs the Cypher that creates the fixture anew.
	 * @param prefix the fixture's id prefix
	 * @param cypher the Cypher creating it, or null to only remove it
	 */
	protected void replaceFixture(String prefix, String cypher) {
		this.fixtureClient.query("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n")
			.bind(prefix)
			.to("prefix")
			.run();
		if (cypher != null) {
			this.fixtureClient.query(cypher).run();
		}
	}

	/**
	 * The stored properties of an entity.
	 * @param id the entity's id
	 * @return its properties as Neo4j holds them
	 */
	@SuppressWarnings("unchecked")
	protected java.util.Map<String, Object> storedProperties(String id) {
		return this.fixtureClient.query("MATCH (n:Entity {id: $id}) RETURN properties(n) AS p")
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.map((row) -> (java.util.Map<String, Object>) row.get("p"))
			.orElseThrow();
	}

	/**
	 * Whether an entity with the id is in the graph.
	 * @param id the id
	 * @return true if it is
	 */
	protected boolean entityExists(String id) {
		return this.fixtureClient.query("MATCH (n:Entity {id: $id}) RETURN count(n) > 0")
			.bind(id)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElseThrow();
	}

	/**
	 * The base URL of the running application.
	 * @return e.g. {@code http://localhost:12345}
	 */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static CypherCounter cypherCounter() {
			return new CypherCounter();
		}

		@Bean
		RecordedAccessDecisions recordedAccessDecisions() {
			return new RecordedAccessDecisions();
		}

	}

}
