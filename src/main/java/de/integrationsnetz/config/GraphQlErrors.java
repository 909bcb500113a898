package de.integrationsnetz.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.GraphInputException;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error in a response a stable {@code extensions.code}, and turns exceptions
 * into errors that say what was wrong without stack traces or class names.
 *
 * <p>
 * Codes: {@code GRAPHQL_PARSE_FAILED} (the document is no GraphQL),
 * {@code GRAPHQL_VALIDATION_FAILED} (it does not fit the schema), {@code BAD_USER_INPUT}
 * (an argument the API cannot use, with {@code extensions.argument}; features may use a
 * more precise code such as {@code UNKNOWN_TOPIC}), {@code NOT_FOUND} (no entity has the
 * id), {@code INTERNAL_ERROR} (anything else; details only in the server log). Documents
 * over a limit carry their own codes, set where they are refused (see
 * {@code de.integrationsnetz.hardening}).
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof GraphInputException input) {
			Map<String, Object> extensions = new LinkedHashMap<>(input.extensions());
			extensions.put("code", input.code());
			extensions.put("argument", input.argument());
			return GraphqlErrorBuilder.newError(env)
				.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
				.message(input.getMessage())
				.extensions(extensions)
				.build();
		}
		logger.error("Query failed at " + env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR)
			.message("Internal error; the server log has the details")
			.extensions(Map.of("code", "INTERNAL_ERROR"))
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors().stream().map(GraphQlErrors::withCode).toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static GraphQLError withCode(org.springframework.graphql.ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.putIfAbsent("code", codeFor(error.getErrorType()));
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getParsedPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	private static String codeFor(ErrorClassification classification) {
		if (classification == ErrorType.InvalidSyntax) {
			return "GRAPHQL_PARSE_FAILED";
		}
		if (classification == ErrorType.ValidationError) {
			return "GRAPHQL_VALIDATION_FAILED";
		}
		if (classification == org.springframework.graphql.execution.ErrorType.NOT_FOUND) {
			return "NOT_FOUND";
		}
		if (classification == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return "BAD_USER_INPUT";
		}
		return "INTERNAL_ERROR";
	}

}
