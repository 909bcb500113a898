package de.integrationsnetz.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input gets a clear error with a stable code, never a stack trace or a class name.
 */
class BadInputTests extends GraphIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{ departments(first: -1) { totalCount } }                                   | first
			{ departments(first: 101) { totalCount } }                                  | first
			{ persons(after: "kein-cursor") { totalCount } }                            | after
			{ topics(first: 5, after: "cG9zaXRpb246LTU") { totalCount } }                 | after
			{ node(id: "fb-buergerdienste") { ... on Department { staff(first: 1000) { totalCount } } } } | first
			""")
	void refusesPagingArgumentsWithBadUserInput(String document, String argument) {
		graphQl().document(document).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", argument);
		});
	}

	@Test
	void answersMalformedQueryWith400AndParseError() throws Exception {
		HttpResponse<String> response = post("{\"query\": \"{ departments { totalCount \"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"errors\"").contains("GRAPHQL_PARSE_FAILED");
		assertNoInternals(response.body());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "{ departments { gibtEsNicht } }", "{ departments(where: {kind: KEINE_ART}) { totalCount } }",
					"{ departments(first: \\\"zehn\\\") { totalCount } }" })
	void answersQueriesThatDoNotFitTheSchemaWith400AndValidationError(String document) throws Exception {
		HttpResponse<String> response = post("{\"query\": \"" + document + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED");
		assertNoInternals(response.body());
	}

	@Test
	void answersRequestsThatAreNoGraphQlWith400() throws Exception {
		HttpResponse<String> response = post("das ist kein JSON");
		assertThat(response.statusCode()).isEqualTo(400);
		assertNoInternals(response.body());
	}

	@Test
	void answersUnknownIdOverHttpWithNullAndNotFound() throws Exception {
		HttpResponse<String> response = post("{\"query\": \"{ node(id: \\\"unbekannt\\\") { id } }\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"node\":null").contains("NOT_FOUND");
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.header("Authorization", coordinatorAuthorization())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("springframework")
			.doesNotContain("de.integrationsnetz")
			.doesNotContainPattern("\\tat [a-z]");
	}

}
