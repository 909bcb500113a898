package de.integrationsnetz.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import org.springframework.core.io.Resource;

/**
 * One example of the explorer: a question a coordinator asks and the query that answers
 * it.
 *
 * @param name the query's operation name, which GraphiQL also shows as the tab title
 * @param question the coordinator's question, from the {@code # Question:} comment
 * @param query the whole file, comment included, as it is opened in the editor
 */
record Example(String name, String question, String query) {

	private static final String QUESTION = "# Question:";

	/**
	 * Reads an example file: comment lines starting with {@code # Question:} (further
	 * comment lines continue the question), then one named operation.
	 * @param resource the {@code .graphql} file
	 * @return the example
	 * @throws IllegalStateException if the file has no question or no single named
	 * operation
	 */
	static Example from(Resource resource) {
		String query = read(resource);
		return new Example(operationName(resource, query), question(resource, query), query);
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read example " + resource, ex);
		}
	}

	private static String question(Resource resource, String query) {
		List<String> lines = query.strip().lines().toList();
		if (lines.isEmpty() || !lines.get(0).startsWith(QUESTION)) {
			throw new IllegalStateException(
					"Example " + resource.getFilename() + " must start with a '" + QUESTION + "' comment");
		}
		StringBuilder question = new StringBuilder(lines.get(0).substring(QUESTION.length()).strip());
		for (String line : lines.subList(1, lines.size())) {
			String continued = line.startsWith("#") ? line.substring(1).strip() : "";
			if (continued.isEmpty()) {
				break;
			}
			question.append(' ').append(continued);
		}
		return question.toString();
	}

	private static String operationName(Resource resource, String query) {
		try {
			Document document = Parser.parse(query);
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			if (operations.size() != 1 || operations.get(0).getName() == null) {
				throw new IllegalStateException(
						"Example " + resource.getFilename() + " must hold exactly one named operation");
			}
			return operations.get(0).getName();
		}
		catch (InvalidSyntaxException ex) {
			throw new IllegalStateException("Example " + resource.getFilename() + " is not valid GraphQL", ex);
		}
	}

}
