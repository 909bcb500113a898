package de.integrationsnetz.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import de.integrationsnetz.support.GraphIntegrationTest;
import de.integrationsnetz.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over HTTP: anonymous callers reach health only; built-in users (HTTP Basic),
 * built-in tokens and tokens of the city's single sign-on (JWTs, here signed with a test
 * key) each get their role, and {@code me} finds their Person.
 */
class SignInTests extends GraphIntegrationTest {

	private static final String ME = "{ me { id name } }";

	private static final String AUDIT = "{ changes(since: \"2000-01-01\", first: 1) { totalCount } }";

	@Test
	void anonymousCallersReachTheHealthEndpointsOnly() {
		HttpResponse<String> graphql = Http.post(baseUrl() + "/graphql", Http.query("{ topics { totalCount } }"));
		assertThat(graphql.statusCode()).isEqualTo(401);
		assertThat(Http.errorCode(graphql)).isEqualTo("UNAUTHENTICATED");
		assertThat(graphql.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
		assertThat(graphql.body()).doesNotContain("Exception").doesNotContain("topics\":");
		assertThat(Http.request("GET", baseUrl() + "/actuator/health").statusCode()).isEqualTo(200);
		assertThat(Http.request("GET", baseUrl() + "/actuator/info").statusCode()).isEqualTo(401);
		assertThat(Http.request("GET", baseUrl() + "/anything-else").statusCode()).isEqualTo(401);
	}

	@Test
	void aBuiltInUserSignsInWithBasicAndMeIsTheirPerson() {
		HttpResponse<String> response = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				basic(BASIC_USER, BASIC_PASSWORD));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"kim-muster\"");
		assertThat(
				Http.post(baseUrl() + "/graphql", Http.query(AUDIT), "Authorization", basic(BASIC_USER, BASIC_PASSWORD))
					.body())
			.as("STAFF may not read the audit trail")
			.contains("FORBIDDEN");
		HttpResponse<String> wrong = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				basic(BASIC_USER, "wrong-password"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(Http.errorCode(wrong)).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void builtInTokensCarryTheirRoles() {
		HttpResponse<String> staff = Http.post(baseUrl() + "/graphql", Http.query(AUDIT), "Authorization",
				"Bearer " + STAFF_TOKEN);
		assertThat(staff.body()).contains("FORBIDDEN").contains("Query.changes");
		HttpResponse<String> coordinator = Http.post(baseUrl() + "/graphql", Http.query(AUDIT), "Authorization",
				coordinatorAuthorization());
		assertThat(coordinator.body()).doesNotContain("FORBIDDEN").contains("totalCount");
		HttpResponse<String> unknown = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				"Bearer not-a-known-token");
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(Http.errorCode(unknown)).isEqualTo("INVALID_TOKEN");
	}

	@Test
	void singleSignOnTokensMapTheirRoleClaimAndFindThePersonByEmail() throws Exception {
		String office = "Bearer " + jwt(List.of("integration-office"), "Alex.Beispiel@example.org", 300, testKey());
		assertThat(Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization", office).body())
			.contains("\"id\":\"alex-beispiel\"");
		assertThat(Http.post(baseUrl() + "/graphql", Http.query(AUDIT), "Authorization", office).body())
			.doesNotContain("FORBIDDEN")
			.contains("totalCount");
		signInAs(Role.COORDINATOR);
		String created = "mutation { createTopic(input: { id: \"sso-test-topic\", name: \"SSO Test Thema\" }) { __typename } }";
		assertThat(Http.post(baseUrl() + "/graphql", Http.query(created), "Authorization", office).body())
			.contains("EntitySuccess");
		assertThat(graphQl()
			.document(
					"{ changes(entityId: \"sso-test-topic\", since: \"2000-01-01\") { edges { node { principal } } } }")
			.execute()
			.path("changes.edges[0].node.principal")
			.entity(String.class)
			.get()).as("the audit trail names the user by preferred_username").isEqualTo("sso.user");
		replaceFixture("sso-test-", null);
		String staff = "Bearer " + jwt(List.of("staff", "unrelated"), "nobody@example.org", 300, testKey());
		assertThat(Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization", staff).body())
			.contains("\"me\":null");
		assertThat(Http.post(baseUrl() + "/graphql", Http.query(AUDIT), "Authorization", staff).body())
			.contains("FORBIDDEN");
		HttpResponse<String> noRole = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				"Bearer " + jwt(List.of("unrelated"), null, 300, testKey()));
		assertThat(noRole.statusCode()).isEqualTo(403);
		assertThat(Http.errorCode(noRole)).isEqualTo("FORBIDDEN");
		HttpResponse<String> widget = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				"Bearer " + jwt(List.of("widget"), null, 300, testKey()));
		assertThat(widget.statusCode()).as("the WIDGET role comes only with a widget key").isEqualTo(403);
		HttpResponse<String> expired = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				"Bearer " + jwt(List.of("integration-office"), null, -300, testKey()));
		assertThat(expired.statusCode()).isEqualTo(401);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		HttpResponse<String> forged = Http.post(baseUrl() + "/graphql", Http.query(ME), "Authorization",
				"Bearer " + jwt(List.of("integration-office"), null, 300, generator.generateKeyPair().getPrivate()));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(Http.errorCode(forged)).isEqualTo("INVALID_TOKEN");
	}

	@Test
	void introspectionIsForSignedInStaffAndCoordinatorsOnly() {
		String introspection = "{ __schema { queryType { name } } }";
		signInAs(Role.STAFF);
		graphQl().document(introspection)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
		signInAs(Role.WIDGET);
		graphQl().document(introspection).execute().errors().satisfy((errors) -> assertThat(errors).isNotEmpty());
		graphQl().document("{ topics(first: 1) { totalCount } }").execute().path("topics.totalCount").hasValue();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static PrivateKey testKey() throws Exception {
		String pem = new ClassPathResource("test-jwt/private.pem").getContentAsString(StandardCharsets.US_ASCII)
			.replaceAll("-----[A-Z ]+-----", "")
			.replaceAll("\\s", "");
		return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
	}

	private static String jwt(List<String> roles, String email, long validSeconds, PrivateKey key) throws Exception {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("sso-user-1")
			.issuer("https://sso.example.org/realms/stadt")
			.claim("preferred_username", "sso.user")
			.claim("realm_access", Map.of("roles", roles))
			.issueTime(Date.from(Instant.now().minusSeconds(600)))
			.expirationTime(Date.from(Instant.now().plusSeconds(validSeconds)));
		if (email != null) {
			claims.claim("email", email);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
