package de.integrationsnetz.hardening;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import de.integrationsnetz.support.Http;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends GraphQL requests over real HTTP as the coordinator, and checks that an answer
 * gives nothing away about the implementation.
 */
final class GraphQlHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String url;

	GraphQlHttp(String baseUrl) {
		this.url = baseUrl + "/graphql";
	}

	/**
	 * Posts a document with variables.
	 * @param document the GraphQL document
	 * @param variables its variables, may be empty
	 * @return the response
	 */
	HttpResponse<String> post(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		if (!variables.isEmpty()) {
			body.put("variables", variables);
		}
		return postRaw(json.writeValueAsString(body));
	}

	HttpResponse<String> post(String document) {
		return post(document, Map.of());
	}

	/**
	 * Posts a body as it is.
	 * @param body the request body
	 * @return the response
	 */
	HttpResponse<String> postRaw(String body) {
		return Http.post(this.url, body, "Accept", "application/graphql-response+json", "Authorization",
				"Bearer " + GraphIntegrationTest.COORDINATOR_TOKEN);
	}

	static Map<String, Object> body(HttpResponse<String> response) {
		return Http.body(response);
	}

	/**
	 * Asserts that a body names no Java class, package, stack frame, Cypher or Lucene
	 * internals.
	 * @param body the response body
	 */
	static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("springframework")
			.doesNotContain("de.integrationsnetz")
			.doesNotContain("graphql.")
			.doesNotContain("org.neo4j")
			.doesNotContain("org.apache")
			.doesNotContain("Neo.ClientError")
			.doesNotContain("MATCH (")
			.doesNotContain("lucene")
			.doesNotContainPattern("\\tat [a-z]");
	}

}
