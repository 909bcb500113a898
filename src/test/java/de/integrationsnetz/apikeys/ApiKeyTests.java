package de.integrationsnetz.apikeys;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import de.integrationsnetz.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Widget API keys over HTTP: issued and revoked by a COORDINATOR, stored as a hash, and
 * refused with a clear code for a wrong or revoked key, a foreign origin, too many
 * requests and a free-text document; CORS follows the keys' origins.
 */
class ApiKeyTests extends GraphIntegrationTest {

	private static final String ORIGIN = "https://intranet.key-test.example";

	private static final String OTHER_ORIGIN = "https://other.key-test.example";

	private static final String ISSUE = """
			mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) {
			  __typename ... on ApiKeyIssued { secret apiKey { id name origins requestsPerMinute active } }
			  ... on ValidationFailed { fieldErrors { field code } } } }
			""";

	@Autowired
	private Neo4jClient neo4j;

	@AfterEach
	void removeKeys() {
		this.neo4j.query("MATCH (k:ApiKey) WHERE k.name STARTS WITH 'key-test' DETACH DELETE k").run();
	}

	@Test
	void aCoordinatorIssuesAKeyWhoseSecretIsStoredOnlyAsAHash() {
		Map<String, Object> issued = issue("key-test issue",
				List.of(ORIGIN + "/", "HTTPS://Intranet.Key-Test.Example:443"), 30);
		String secret = (String) issued.get("secret");
		assertThat(secret).startsWith("inw_").hasSizeGreaterThan(40);
		@SuppressWarnings("unchecked")
		Map<String, Object> key = (Map<String, Object>) issued.get("apiKey");
		assertThat(key).containsEntry("origins", List.of(ORIGIN)).containsEntry("requestsPerMinute", 30);
		long holders = this.neo4j.query("""
				MATCH (n) WHERE any(k IN keys(n) WHERE (n[k] IS :: STRING AND n[k] CONTAINS $secret)
				  OR (n[k] IS :: LIST<STRING NOT NULL> AND any(x IN n[k] WHERE x CONTAINS $secret)))
				RETURN count(n)
				""").bind(secret).to("secret").fetchAs(Long.class).one().orElseThrow();
		assertThat(holders).as("nodes holding the secret in clear").isZero();
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {action: 'ISSUE_API_KEY', entityId: $id}) RETURN a.principal")
			.bind(key.get("id"))
			.to("id")
			.fetchAs(String.class)
			.one()).contains("test-coordinator");
	}

	@Test
	void staffMayNotIssueKeysAndBadInputIsRefused() {
		signInAs(de.integrationsnetz.security.Role.STAFF);
		graphQl().document(ISSUE)
			.variable("input", Map.of("name", "key-test staff", "origins", List.of(ORIGIN)))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		signInAs(de.integrationsnetz.security.Role.COORDINATOR);
		Map<String, Object> failed = graphQl().document(ISSUE)
			.variable("input",
					Map.of("name", " ", "origins", List.of("https://x.example/path", "*", "ftp://x.example"),
							"requestsPerMinute", 0))
			.execute()
			.path("issueApiKey")
			.entity(Map.class)
			.get();
		assertThat(failed).containsEntry("__typename", "ValidationFailed");
		assertThat(failed.get("fieldErrors").toString()).contains("INVALID_LENGTH")
			.contains("INVALID_ORIGIN")
			.contains("OUT_OF_RANGE");
		assertThat(this.neo4j.query("MATCH (k:ApiKey) WHERE k.name STARTS WITH 'key-test' RETURN count(k)")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@Test
	void refusesAWrongKeyAForeignOriginAFreeDocumentAndARevokedKey() {
		String secret = (String) issue("key-test refusals", List.of(ORIGIN), 100).get("secret");
		issue("key-test other", List.of(OTHER_ORIGIN), 100);
		String query = Http.query("{ topics(first: 1) { totalCount } }");
		HttpResponse<String> wrong = Http.post(graphql(), query, "X-API-Key", "inw_wrong", "Origin", ORIGIN);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(Http.errorCode(wrong)).isEqualTo("INVALID_API_KEY");
		assertThat(wrong.headers().firstValue("WWW-Authenticate")).as("no browser sign-in dialog on a widget page")
			.isEmpty();
		HttpResponse<String> foreign = Http.post(graphql(), query, "X-API-Key", secret, "Origin", OTHER_ORIGIN);
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(Http.errorCode(foreign)).isEqualTo("ORIGIN_NOT_ALLOWED");
		HttpResponse<String> unknownOrigin = Http.post(graphql(), query, "X-API-Key", secret, "Origin",
				"https://unknown.key-test.example");
		assertThat(unknownOrigin.statusCode()).as("refused by CORS already").isEqualTo(403);
		HttpResponse<String> noOrigin = Http.post(graphql(), query, "X-API-Key", secret);
		assertThat(Http.errorCode(noOrigin)).isEqualTo("ORIGIN_NOT_ALLOWED");
		HttpResponse<String> free = Http.post(graphql(), query, "X-API-Key", secret, "Origin", ORIGIN);
		assertThat(free.statusCode()).isEqualTo(403);
		assertThat(Http.errorCode(free)).isEqualTo("TRUSTED_DOCUMENT_REQUIRED");
		assertThat(free.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
		String id = (String) ((Map<?, ?>) keyBySecret(secret)).get("id");
		graphQl().document("mutation { revokeApiKey(id: \"" + id + "\") { __typename } }")
			.execute()
			.path("revokeApiKey.__typename")
			.entity(String.class)
			.isEqualTo("ApiKeyRevoked");
		HttpResponse<String> revoked = Http.post(graphql(), query, "X-API-Key", secret, "Origin", ORIGIN);
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(Http.errorCode(revoked)).isEqualTo("INVALID_API_KEY");
		graphQl().document("mutation { revokeApiKey(id: \"key-unknown\") { __typename } }")
			.execute()
			.path("revokeApiKey.__typename")
			.entity(String.class)
			.isEqualTo("NotFound");
	}

	@Test
	void limitsTheRequestsOfAKeyPerMinute() {
		String secret = (String) issue("key-test rate", List.of(ORIGIN), 2).get("secret");
		String query = Http.query("{ topics(first: 1) { totalCount } }");
		assertThat(Http.post(graphql(), query, "X-API-Key", secret, "Origin", ORIGIN).statusCode()).isEqualTo(403);
		assertThat(Http.post(graphql(), query, "X-API-Key", secret, "Origin", ORIGIN).statusCode()).isEqualTo(403);
		HttpResponse<String> third = Http.post(graphql(), query, "X-API-Key", secret, "Origin", ORIGIN);
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(Http.errorCode(third)).isEqualTo("RATE_LIMITED");
		assertThat(third.headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void corsAllowsTheOriginsOfActiveKeysOnly() {
		issue("key-test cors", List.of(ORIGIN), 100);
		HttpResponse<String> allowed = Http.request("OPTIONS", graphql(), "Origin", ORIGIN,
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,x-api-key");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
		HttpResponse<String> refused = Http.request("OPTIONS", graphql(), "Origin", "https://unknown.key-test.example",
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,x-api-key");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void theDemoPageGetsAKeyForTheApplicationsOwnOrigin() throws java.io.IOException {
		HttpResponse<String> config = Http.request("GET", baseUrl() + "/widgets/demo-config.json");
		assertThat(config.statusCode()).isEqualTo(200);
		String secret = (String) Http.body(config).get("apiKey");
		HttpResponse<String> free = Http.post(graphql(), Http.query("{ topics { totalCount } }"), "X-API-Key", secret,
				"Origin", "http://localhost:" + this.port);
		assertThat(Http.errorCode(free)).as("the key is valid for the origin; only the document is wrong")
			.isEqualTo("TRUSTED_DOCUMENT_REQUIRED");
		java.nio.file.Path file = java.nio.file.Path.of("target/test-data/widget-demo-key");
		assertThat(file).hasContent(secret);
		if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(java.nio.file.attribute.PosixFilePermissions
				.toString(java.nio.file.Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	private Map<String, Object> issue(String name, List<String> origins, int requestsPerMinute) {
		@SuppressWarnings("unchecked")
		Map<String, Object> issued = graphQl().document(ISSUE)
			.variable("input", Map.of("name", name, "origins", origins, "requestsPerMinute", requestsPerMinute))
			.execute()
			.path("issueApiKey")
			.entity(Map.class)
			.get();
		assertThat(issued).containsEntry("__typename", "ApiKeyIssued");
		return issued;
	}

	private Object keyBySecret(String secret) {
		return this.neo4j.query("MATCH (k:ApiKey {hash: $hash}) RETURN {id: k.id}")
			.bind(ApiKeys.hash(secret))
			.to("hash")
			.fetchAs(Map.class)
			.one()
			.orElseThrow();
	}

	private String graphql() {
		return baseUrl() + "/graphql";
	}

}
