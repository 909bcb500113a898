package de.integrationsnetz.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.ErrorType;

/**
 * The error of a field whose id names nothing: null for the field and this error with the
 * code {@code NOT_FOUND}, at the field's path.
 */
public final class NotFoundError {

	private NotFoundError() {
	}

	/**
	 * The error.
	 * @param env the field's environment (for path and location)
	 * @param message what was not found, for people
	 * @param extensions further extensions besides the code, e.g. the id
	 * @return the error
	 */
	public static GraphQLError of(DataFetchingEnvironment env, String message, Map<String, Object> extensions) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("code", "NOT_FOUND");
		all.putAll(extensions);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.NOT_FOUND)
			.message(message)
			.extensions(all)
			.build();
	}

}
