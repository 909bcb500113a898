package de.integrationsnetz.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import de.integrationsnetz.support.GraphIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends GraphQL requests over real HTTP as the coordinator, and checks that an answer
 * gives nothing away about the implementation.
 */
final class GraphQlHttp {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

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
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.url))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.header("Authorization", "Bearer " + GraphIntegrationTest.COORDINATOR_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a JSON response body.
	 * @param response the response
	 * @return the body as maps and lists
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> body(HttpResponse<String> response) {
		return json.readValue(response.body(), Map.class);
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
