package de.integrationsnetz.hardening;

import java.time.Duration;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import org.springframework.stereotype.Component;

/**
 * The request timeout ({@code integrationsnetz.limits.request-timeout}): a request gets a
 * deadline when it starts; a field that would start fetching after it does not run (no
 * further Cypher) and answers {@code null} with the code {@code REQUEST_TIMEOUT}. A
 * single statement already running is ended by the Neo4j transaction timeout.
 */
@Component
class RequestDeadline extends SimplePerformantInstrumentation {

	private static final String DEADLINE = RequestDeadline.class.getName() + ".deadline";

	private final Duration timeout;

	RequestDeadline(LimitsProperties limits) {
		this.timeout = limits.requestTimeout();
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		input.getGraphQLContext().put(DEADLINE, System.nanoTime() + this.timeout.toNanos());
		return input;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return fetcher;
		}
		return (environment) -> {
			if (passed(environment.getGraphQlContext())) {
				Refusal refusal = new Refusal("REQUEST_TIMEOUT", "The request took longer than "
						+ this.timeout.toMillis() + " ms; this field was not read. Ask for less at once.");
				return DataFetcherResult.newResult().error(refusal.toError(environment)).build();
			}
			return fetcher.get(environment);
		};
	}

	private static boolean passed(GraphQLContext context) {
		Long deadline = context.get(DEADLINE);
		return deadline != null && System.nanoTime() - deadline > 0;
	}

}
