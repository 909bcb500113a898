package de.integrationsnetz.hardening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request refused because it breaks a limit: a stable code and a message for people,
 * never internals.
 *
 * @param code the {@code extensions.code}, e.g. {@code QUERY_TOO_DEEP}
 * @param message what was wrong and what is allowed
 * @param extensions further entries for {@code extensions}, e.g. the argument
 */
record Refusal(String code, String message, Map<String, Object> extensions) {

	Refusal(String code, String message) {
		this(code, message, Map.of());
	}

	GraphQLError toError() {
		return toError(GraphqlErrorBuilder.newError());
	}

	/**
	 * The refusal as the error of one field.
	 * @param environment the field's environment, for the error's path and location
	 * @return the error
	 */
	GraphQLError toError(DataFetchingEnvironment environment) {
		return toError(GraphqlErrorBuilder.newError(environment));
	}

	private GraphQLError toError(GraphqlErrorBuilder<?> builder) {
		Map<String, Object> all = new LinkedHashMap<>(this.extensions);
		all.put("code", this.code);
		return builder.errorType(ErrorType.BAD_REQUEST).message(this.message).extensions(all).build();
	}

	/**
	 * The exception that stops graphql-java before (further) execution; it answers with
	 * this refusal as the only error and no data.
	 * @return the exception to throw
	 */
	AbortExecutionException toAbort() {
		return new AbortExecutionException(List.of(toError()));
	}

}
