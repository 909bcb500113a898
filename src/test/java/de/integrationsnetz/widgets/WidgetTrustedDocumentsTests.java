package de.integrationsnetz.widgets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import de.integrationsnetz.support.Http;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trusted documents over HTTP: each fits the schema, the manifest names each file by
 * the hash of its bytes, a {@code documentId} runs its document, and unknown ids or
 * ambiguous bodies are refused with a stable code.
 */
class WidgetTrustedDocumentsTests extends GraphIntegrationTest {

	private static final Path FILES = Path.of("src/main/resources/trusted-documents");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ORIGIN = "https://intranet.widget-test.example";

	@Autowired
	private Neo4jClient neo4j;

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private TrustedDocuments documents;

	@Test
	void everyTrustedDocumentFitsTheSchema() throws IOException {
		Map<String, String> files = files();
		assertThat(files).containsKeys("expertenfinder", "themenvorschlaege", "auswahllisten", "luecken",
				"netzwerkkarte", "netzwerkkarte-personen", "knotendetails");
		files.forEach((name, text) -> {
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(text).build());
			assertThat(result.getErrors()).as("errors of %s", name).isEmpty();
		});
	}

	@Test
	void manifestNamesEveryFileByTheHashOfItsBytes() throws Exception {
		HttpResponse<String> response = get("/widgets/trusted-documents.json");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, String> expected = new TreeMap<>();
		for (String name : files().keySet()) {
			expected.put(name, TrustedDocuments.id(Files.readAllBytes(FILES.resolve(name + ".graphql"))));
		}
		assertThat(JSON.readValue(response.body(), Map.class)).isEqualTo(expected);
		assertThat(expected.get("luecken")).matches("sha256:[0-9a-f]{64}");
	}

	@Test
	void runsATrustedDocumentByItsId() throws Exception {
		String id = this.documents.idsByName().get("expertenfinder");
		HttpResponse<String> response = post(
				"""
						{"documentId": "%s", "variables": {"topic": "Sprachförderung", "first": 2}, "operationName": "Expertenfinder"}
						"""
					.formatted(id));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.has("errors")).as(response.body()).isFalse();
		assertThat(body.at("/data/findExperts/totalCount").asInt()).isGreaterThan(0);
		assertThat(body.at("/data/findExperts/edges").size()).isEqualTo(2);
	}

	@Test
	void refusesAnUnknownIdWith400() throws Exception {
		HttpResponse<String> response = post("{\"documentId\": \"sha256:" + "0".repeat(64) + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorCode(response)).isEqualTo("UNKNOWN_DOCUMENT");
	}

	@Test
	void refusesABodyWithQueryAndDocumentIdWith400() throws Exception {
		String id = this.documents.idsByName().get("auswahllisten");
		HttpResponse<String> response = post("{\"query\": \"{ __typename }\", \"documentId\": \"" + id + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorCode(response)).isEqualTo("BAD_REQUEST");
		response = post("{\"documentId\": 42}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorCode(response)).isEqualTo("BAD_REQUEST");
	}

	@Test
	void passesOrdinaryQueriesUnchanged() throws Exception {
		HttpResponse<String> response = post("{\"query\": \"{ node(id: \\\"fb-buergerdienste\\\") { id } }\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"fb-buergerdienste\"");
	}

	@Test
	void statusAnswersEveryOriginWithoutData() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/widgets/status"))
			.header("Origin", "http://intranet.example")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(JSON.readValue(response.body(), Map.class)).isEqualTo(Map.of("status", "UP"));
	}

	@Test
	void servesTheWidgetScriptsAndCytoscapeToEveryOrigin() throws Exception {
		for (String path : List.of("/widgets/integrationsnetz-widgets.js", "/widgets/lib/cytoscape.mjs")) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.header("Origin", "http://intranet.example")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(
						(type) -> assertThat(type).containsAnyOf("text/javascript", "application/javascript"));
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
		}
	}

	private static Map<String, String> files() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(FILES)) {
			for (Path path : paths.filter((p) -> p.toString().endsWith(".graphql")).toList()) {
				String name = path.getFileName().toString().replaceFirst("\\.graphql$", "");
				files.put(name, Files.readString(path));
			}
		}
		return files;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@AfterEach
	void removeKeys() {
		WidgetKeys.removeAll(this.neo4j);
	}

	/** Posts as the signed-in test coordinator. */
	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", coordinatorAuthorization())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
