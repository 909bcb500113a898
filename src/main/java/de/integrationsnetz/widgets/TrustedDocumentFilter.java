package de.integrationsnetz.widgets;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import de.integrationsnetz.security.JsonErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a request for a trusted document into an ordinary GraphQL request, before Spring
 * Security and Spring for GraphQL see it: a {@code POST} to the GraphQL path whose JSON
 * body has {@code documentId} (and no {@code query}) gets the document's text as
 * {@code query}; the request attribute {@value #ATTRIBUTE} names the document, so access
 * control can tell a trusted document from free text.
 * <p>
 * Refused, with a GraphQL-shaped error body and HTTP 400: an unknown id
 * ({@code UNKNOWN_DOCUMENT}); a body with both {@code query} and {@code documentId}, or a
 * {@code documentId} that is not text ({@code BAD_REQUEST}). Other requests, and bodies
 * larger than {@value #MAX_BODY} bytes (imports may be large, trusted documents never
 * are), pass unchanged.
 */
class TrustedDocumentFilter extends OncePerRequestFilter {

	/** The request attribute naming the trusted document a request runs. */
	static final String ATTRIBUTE = "de.integrationsnetz.widgets.trustedDocument";

	/** The largest body read to look for a {@code documentId}. */
	static final int MAX_BODY = 64 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TrustedDocuments documents;

	private final String graphQlPath;

	TrustedDocumentFilter(TrustedDocuments documents, String graphQlPath) {
		this.documents = documents;
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !HttpMethod.POST.matches(request.getMethod()) || !this.graphQlPath.equals(path)
				|| !isJson(request.getContentType()) || request.getContentLengthLong() > MAX_BODY;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		InputStream in = request.getInputStream();
		byte[] head = in.readNBytes(MAX_BODY + 1);
		if (head.length > MAX_BODY) {
			chain.doFilter(new Body(request, new SequenceInputStream(new ByteArrayInputStream(head), in),
					request.getContentLengthLong()), response);
			return;
		}
		// most requests send a query: pass them on without reading their JSON twice
		JsonNode body = mentionsDocumentId(head) ? parse(head) : null;
		if (body == null || !body.has("documentId")) {
			chain.doFilter(new Body(request, head), response);
			return;
		}
		JsonNode id = body.get("documentId");
		if (body.has("query")) {
			refuse(response, "BAD_REQUEST", "Send either 'query' or 'documentId', not both");
			return;
		}
		if (!id.isString()) {
			refuse(response, "BAD_REQUEST", "'documentId' must be text of the form sha256:<hex>");
			return;
		}
		TrustedDocuments.Document document = this.documents.byId(id.asString()).orElse(null);
		if (document == null) {
			refuse(response, "UNKNOWN_DOCUMENT", "No trusted document has the id '" + id.asString() + "'");
			return;
		}
		ObjectNode substituted = ((ObjectNode) body).deepCopy();
		substituted.remove("documentId");
		substituted.put("query", document.text());
		request.setAttribute(ATTRIBUTE, document.name());
		chain.doFilter(new Body(request, JSON.writeValueAsBytes(substituted)), response);
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The body as a JSON object, or null if it is none (GraphQL answers that itself). */
	private static JsonNode parse(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static void refuse(HttpServletResponse response, String code, String message) throws IOException {
		JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, code, message);
	}

	private static boolean mentionsDocumentId(byte[] body) {
		return new String(body, StandardCharsets.UTF_8).contains("documentId");
	}

	/** The request with another body, and a Content-Length that fits it. */
	private static final class Body extends HttpServletRequestWrapper {

		private static final String CONTENT_LENGTH = "Content-Length";

		private final InputStream body;

		private final long length;

		Body(HttpServletRequest request, byte[] body) {
			this(request, new ByteArrayInputStream(body), body.length);
		}

		Body(HttpServletRequest request, InputStream body, long length) {
			super(request);
			this.body = body;
			this.length = length;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				private boolean finished;

				@Override
				public int read() throws IOException {
					int read = Body.this.body.read();
					this.finished = read < 0;
					return read;
				}

				@Override
				public int read(byte[] buffer, int offset, int count) throws IOException {
					int read = Body.this.body.read(buffer, offset, count);
					this.finished = read < 0;
					return read;
				}

				@Override
				public boolean isFinished() {
					return this.finished;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is read blocking");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return (this.length <= Integer.MAX_VALUE) ? (int) this.length : -1;
		}

		@Override
		public long getContentLengthLong() {
			return this.length;
		}

		@Override
		public String getHeader(String name) {
			if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return (this.length >= 0) ? Long.toString(this.length) : null;
			}
			return super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
				String value = getHeader(name);
				return Collections.enumeration((value != null) ? List.of(value) : List.of());
			}
			return super.getHeaders(name);
		}

	}

}
