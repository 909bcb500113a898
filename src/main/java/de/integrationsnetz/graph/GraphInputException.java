package de.integrationsnetz.graph;

import java.util.Map;

/**
 * An argument a client sent that the API cannot use: reported in the GraphQL
 * {@code errors} with a stable {@code extensions.code} (by default
 * {@code BAD_USER_INPUT}), the argument's name and any further extensions, such as
 * suggestions.
 */
public class GraphInputException extends RuntimeException {

	/** The code of a threshold argument outside its range. */
	public static final String BAD_THRESHOLD = "BAD_THRESHOLD";

	/**
	 * Checks a threshold argument (days, months, how many) against its range.
	 * @param argument the argument's name
	 * @param value the value given
	 * @param min the smallest value allowed
	 * @param max the largest value allowed
	 * @return the value
	 * @throws GraphInputException with {@value #BAD_THRESHOLD} if it is outside the range
	 */
	public static int threshold(String argument, int value, int min, int max) {
		if (value < min || value > max) {
			throw new GraphInputException(BAD_THRESHOLD, argument,
					argument + " must be from " + min + " to " + max + ", not " + value, Map.of("value", value));
		}
		return value;
	}

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
