package de.integrationsnetz.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes a refusal outside GraphQL (sign-in, widget keys, rate limit) in the shape of a
 * GraphQL response: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
public final class JsonErrors {

	private JsonErrors() {
	}

	/**
	 * Writes the refusal.
	 * @param response the response
	 * @param status the HTTP status
	 * @param code the stable code
	 * @param message the message for people (no internals)
	 * @throws IOException if the response cannot be written
	 */
	public static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + escape(message) + "\",\"extensions\":{\"code\":\"" + escape(code)
					+ "\"}}]}");
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
