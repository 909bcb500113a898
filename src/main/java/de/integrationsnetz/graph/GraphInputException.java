package de.integrationsnetz.graph;

import java.util.Map;

/**
 * An argument a client sent that the API cannot use: reported in the GraphQL
 * {@code errors} with a stable {@code extensions.code} (by default
 * {@code BAD_USER_INPUT}), the argument's name and any further extensions, such as
 * suggestions.
 */
public class GraphInputException extends RuntimeException {

	/** The code of an argument the API cannot use. */
	public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

	private final String argument;

	private final String code;

	private final Map<String, Object> extensions;

	public GraphInputException(String argument, String message) {
		this(BAD_USER_INPUT, argument, message, Map.of());
	}

	/**
	 * An input error with its own code.
	 * @param code the stable code, e.g. {@code UNKNOWN_TOPIC}
	 * @param argument the argument's name
	 * @param message what was wrong, for people
	 * @param extensions further entries for {@code extensions}, e.g. suggestions
	 */
	public GraphInputException(String code, String argument, String message, Map<String, Object> extensions) {
		super(message);
		this.code = code;
		this.argument = argument;
		this.extensions = Map.copyOf(extensions);
	}

	public String argument() {
		return this.argument;
	}

	public String code() {
		return this.code;
	}

	public Map<String, Object> extensions() {
		return this.extensions;
	}

}
