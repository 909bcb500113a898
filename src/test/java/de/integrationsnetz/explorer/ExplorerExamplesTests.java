package de.integrationsnetz.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer over HTTP, as a browser gets it: the page, every asset it references (all
 * from the application, none from outside), and every example it offers, run against the
 * Herne seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerExamplesTests extends GraphIntegrationTest {

	private static final Pattern REFERENCE = Pattern.compile("\\s(?:src|href|data-[a-z-]+-url)=\"([^\"]*)\"");

	private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://\\S*");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	private final JsonMapper json = JsonMapper.builder().build();

	Stream<Arguments> examples() {
		List<Map<String, String>> examples = this.json.readValue(get("/graphiql/examples").body(),
				new TypeReference<List<Map<String, String>>>() {
				});
		return examples.stream().map((example) -> Arguments.of(example.get("name"), example.get("query")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void runsEveryExampleWithoutErrors(String name, String query) {
		GraphQlTester.Response response = graphQl().document(query).execute();
		response.errors().verify();
		Object data = response.returnResponse().getData();
		assertThat(nonEmptyLists(data)).as("non-empty lists in the answer to %s: %s", name, data).isPositive();
		assertThat(values(data)).as("values in the answer to %s", name).isNotEmpty();
	}

	@Test
	void offersOneExampleWithAQuestionPerFile() throws IOException {
		int files = new PathMatchingResourcePatternResolver().getResources(Examples.LOCATION).length;
		List<Map<String, String>> examples = this.json.readValue(get("/graphiql/examples").body(),
				new TypeReference<List<Map<String, String>>>() {
				});
		assertThat(examples).isNotEmpty().hasSize(files);
		assertThat(examples).allSatisfy((example) -> {
			assertThat(example.get("name")).matches("[A-Z][A-Za-z]+");
			assertThat(example.get("question")).endsWith("?");
			assertThat(example.get("query")).startsWith("# Question: ").contains("query " + example.get("name"));
		});
		assertThat(examples.get(0).get("name")).isEqualTo("ContactPersonAndDeputy");
	}

	@Test
	void servesThePageAndEveryAssetItReferencesFromTheApplication() {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		String html = page.body();
		assertThat(html).contains("<title>Integrationsnetz – GraphQL explorer</title>").doesNotContain("{{");
		assertThat(ABSOLUTE_URL.matcher(html).results().map(MatchResult::group)).as("absolute URLs in the page")
			.isEmpty();

		List<String> references = references(html);
		assertThat(references).as("references that leave the application")
			.noneMatch((reference) -> reference.startsWith("/")
					|| reference.contains(":") && !reference.startsWith("data:"));
		assertThat(references).contains("explorer/explorer.js", "explorer/explorer.css", "graphiql/examples")
			.anySatisfy((reference) -> assertThat(reference).endsWith("/graphiql.min.js"))
			.anySatisfy((reference) -> assertThat(reference).endsWith("/react.production.min.js"))
			.anySatisfy((reference) -> assertThat(reference).endsWith("/react-dom.production.min.js"));
		URI base = URI.create(baseUrl() + "/graphiql");
		for (String reference : references) {
			if (reference.startsWith("data:")) {
				continue;
			}
			HttpResponse<String> asset = reference.equals("graphql") ? post(base.resolve(reference), "{ __typename }")
					: get(base.resolve(reference));
			assertThat(asset.statusCode()).as("GET %s", reference).isEqualTo(200);
			assertThat(asset.body()).as("GET %s", reference).isNotBlank();
		}
	}

	@Test
	void keepsTheExplorersOwnScriptAndStyleFreeOfAbsoluteUrls() {
		for (String asset : List.of("/explorer/explorer.js", "/explorer/explorer.css")) {
			assertThat(ABSOLUTE_URL.matcher(get(asset).body()).results().map(MatchResult::group)).as(asset).isEmpty();
		}
	}

	@Test
	void redirectsTheAddressWithATrailingSlashToThePage() {
		HttpResponse<String> page = get("/graphiql/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/graphiql");
		assertThat(page.body()).contains("explorer/explorer.js");
	}

	private static List<String> references(String html) {
		List<String> references = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(html);
		while (matcher.find()) {
			references.add(matcher.group(1));
		}
		return references;
	}

	private static long nonEmptyLists(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().mapToLong(ExplorerExamplesTests::nonEmptyLists).sum();
		}
		if (value instanceof Collection<?> list) {
			return (list.isEmpty() ? 0 : 1) + list.stream().mapToLong(ExplorerExamplesTests::nonEmptyLists).sum();
		}
		return 0;
	}

	private static List<Object> values(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().flatMap((child) -> values(child).stream()).toList();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().flatMap((child) -> values(child).stream()).toList();
		}
		return (value != null) ? List.of(value) : List.of();
	}

	private HttpResponse<String> get(String path) {
		return get(URI.create(baseUrl() + path));
	}

	private HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET().build());
	}

	private HttpResponse<String> post(URI uri, String query) {
		String body = this.json.writeValueAsString(Map.of("query", query));
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.header("Authorization", coordinatorAuthorization())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		URI uri = request.uri();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + uri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(request.method() + " " + uri + " was interrupted", ex);
		}
	}

}
