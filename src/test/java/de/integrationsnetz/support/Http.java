package de.integrationsnetz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls to the running application, with whatever headers a test names (so
 * sign-in, widget keys and origins are under the test's control).
 */
public final class Http {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private Http() {
	}

	/**
	 * Posts a GraphQL document.
	 * @param url the {@code /graphql} address
	 * @param body the JSON body, e.g. from {@link #query}
	 * @param headers header names and values
	 * @return the response
	 */
	public static HttpResponse<String> post(String url, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(with(request, headers));
	}

	/**
	 * Sends any request.
	 * @param method the method
	 * @param url the address
	 * @param headers header names and values
	 * @return the response
	 */
	public static HttpResponse<String> request(String method, String url, String... headers) {
		return send(with(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()),
				headers));
	}

	/**
	 * The JSON body of a GraphQL request.
	 * @param document the document
	 * @return the body
	 */
	public static String query(String document) {
		return json.writeValueAsString(Map.of("query", document));
	}

	/**
	 * Reads a JSON response body.
	 * @param response the response
	 * @return the body as maps and lists
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> body(HttpResponse<String> response) {
		return json.readValue(response.body(), LinkedHashMap.class);
	}

	/**
	 * The {@code extensions.code} of a response's first error.
	 * @param response the response
	 * @return the code, or null without errors
	 */
	public static String errorCode(HttpResponse<String> response) {
		return json.readTree(response.body()).at("/errors/0/extensions/code").asString(null);
	}

	private static HttpRequest with(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request.build();
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
