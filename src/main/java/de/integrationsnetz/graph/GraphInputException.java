package de.integrationsnetz.graph;

/**
 * An argument a client sent that the API cannot use: reported in the GraphQL
 * {@code errors} with code {@code BAD_USER_INPUT} and the argument's name.
 */
public class GraphInputException extends RuntimeException {

	private final String argument;

	public GraphInputException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
