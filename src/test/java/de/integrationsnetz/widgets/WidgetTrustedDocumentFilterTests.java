package de.integrationsnetz.widgets;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trusted-document filter on its own: what the next filter sees.
 */
class WidgetTrustedDocumentFilterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TrustedDocuments documents = new TrustedDocuments();

	private final TrustedDocumentFilter filter = new TrustedDocumentFilter(this.documents, "/graphql");

	@Test
	void substitutesTheDocumentAndNamesIt() throws Exception {
		String id = this.documents.idsByName().get("knotendetails");
		MockFilterChain chain = run("""
				{"documentId": "%s", "variables": {"id": "pgi"}, "operationName": "Knotendetails"}
				""".formatted(id));
		HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
		assertThat(passed.getAttribute(TrustedDocumentFilter.ATTRIBUTE)).isEqualTo("knotendetails");
		byte[] bytes = passed.getInputStream().readAllBytes();
		JsonNode body = JSON.readTree(bytes);
		assertThat(body.get("query").asString()).isEqualTo(this.documents.byId(id).orElseThrow().text());
		assertThat(body.has("documentId")).isFalse();
		assertThat(body.at("/variables/id").asString()).isEqualTo("pgi");
		assertThat(body.get("operationName").asString()).isEqualTo("Knotendetails");
		assertThat(passed.getContentLength()).isEqualTo(bytes.length);
		assertThat(passed.getHeader("Content-Length")).isEqualTo(Integer.toString(bytes.length));
	}

	@Test
	void passesOtherBodiesUnchangedAndUnnamed() throws Exception {
		String body = "{\"query\": \"{ __typename }\"}";
		MockFilterChain chain = run(body);
		HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
		assertThat(passed.getAttribute(TrustedDocumentFilter.ATTRIBUTE)).isNull();
		assertThat(new String(passed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
	}

	@Test
	void passesBodiesOverTheCapUnread() throws Exception {
		String body = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \""
				+ "a".repeat(TrustedDocumentFilter.MAX_BODY) + "\"}}";
		MockHttpServletRequest request = request(body);
		request.removeHeader("Content-Length");
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
		assertThat(new String(passed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
	}

	@Test
	void refusesAnUnknownId() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request("{\"documentId\": \"sha256:abc\"}"), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(JSON.readTree(response.getContentAsByteArray()).at("/errors/0/extensions/code").asString())
			.isEqualTo("UNKNOWN_DOCUMENT");
	}

	private MockFilterChain run(String body) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request(body), response, chain);
		assertThat(response.getStatus()).isEqualTo(200);
		return chain;
	}

	private static MockHttpServletRequest request(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
