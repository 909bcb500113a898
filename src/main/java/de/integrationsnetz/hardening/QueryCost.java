package de.integrationsnetz.hardening;

import java.util.Map;

import de.integrationsnetz.graph.PageRequest;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.language.IntValue;
import graphql.schema.GraphQLArgument;

import org.springframework.stereotype.Component;

/**
 * Refuses a query whose cost is over {@code integrationsnetz.limits.max-complexity}
 * ({@code QUERY_TOO_COMPLEX}) after validation and before execution. A field costs 1 plus
 * the cost of its selections; a field with a {@code first} argument (a page) multiplies
 * that by {@code first} (its default if not given), so nested pages multiply. A
 * {@code first} outside 0 to {@value PageRequest#MAX_FIRST} is refused here too
 * ({@code BAD_USER_INPUT}, argument {@code first}), before anything is read.
 */
@Component
class QueryCost extends MaxQueryComplexityInstrumentation {

	QueryCost(LimitsProperties limits) {
		super(limits.maxComplexity(), new PageTimesSelections(limits.maxComplexity()));
	}

	@Override
	protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
		return new Refusal("QUERY_TOO_COMPLEX",
				"The query is too costly: it would read about " + totalComplexity + " items and fields; at most "
						+ maxComplexity + " are allowed. Ask for smaller pages (first) or fewer nested lists.")
			.toAbort();
	}

	/**
	 * The cost model; each field's cost is capped just above the limit, so sums cannot
	 * overflow.
	 */
	private record PageTimesSelections(int maxComplexity) implements FieldComplexityCalculator {

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
			long cost = 1L + childComplexity;
			GraphQLArgument firstArgument = environment.getFieldDefinition().getArgument("first");
			if (firstArgument != null) {
				cost *= Math.max(1, first(environment.getArguments(), firstArgument));
			}
			return (int) Math.min(cost, this.maxComplexity + 1L);
		}

		private static int first(Map<String, Object> arguments, GraphQLArgument definition) {
			Object value = arguments.get("first");
			if (value == null && definition.hasSetDefaultValue()) {
				value = definition.getArgumentDefaultValue().getValue();
			}
			if (value instanceof IntValue literal) {
				value = literal.getValue();
			}
			int first = (value instanceof Number number) ? number.intValue() : PageRequest.DEFAULT_FIRST;
			if (first < 0 || first > PageRequest.MAX_FIRST) {
				throw new Refusal("BAD_USER_INPUT",
						"'first' must be between 0 and " + PageRequest.MAX_FIRST + ", was " + first,
						Map.of("argument", "first"))
					.toAbort();
			}
			return first;
		}

	}

}
