package de.integrationsnetz.hardening;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.ValidationError;

import org.springframework.stereotype.Component;

/**
 * Refuses hostile documents before they are validated or executed: too many tokens or
 * characters ({@code TOO_MANY_TOKENS}, the parser stops counting there), too deep
 * ({@code QUERY_TOO_DEEP}), too many aliases ({@code TOO_MANY_ALIASES}) or directives
 * ({@code TOO_MANY_DIRECTIVES}), fragment cycles ({@code GRAPHQL_VALIDATION_FAILED}).
 * Each refusal is the only error of a response without data, so no data fetcher and no
 * Cypher runs.
 */
@Component
class DocumentLimits extends SimplePerformantInstrumentation {

	/**
	 * Key in the GraphQL context: the code of the limit the parser stopped at, if any.
	 */
	private static final String PARSE_CANCELLED = DocumentLimits.class.getName() + ".parseCancelled";

	private final LimitsProperties limits;

	private final ParserOptions parserOptions;

	private final DocumentShape shape;

	DocumentLimits(LimitsProperties limits) {
		this.limits = limits;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens())
				.maxCharacters(limits.maxCharacters())
				.maxWhitespaceTokens(limits.maxCharacters()));
		this.shape = new DocumentShape(limits);
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		// graphql-java reads per-execution parser options from the context
		input.getGraphQLContext().put(ParserOptions.class, this.parserOptions);
		return input;
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
			if (failure instanceof ParseCancelledTooDeepException) {
				parameters.getGraphQLContext().put(PARSE_CANCELLED, "QUERY_TOO_DEEP");
			}
			else if (failure instanceof ParseCancelledException
					|| failure instanceof ParseCancelledTooManyCharsException) {
				parameters.getGraphQLContext().put(PARSE_CANCELLED, "TOO_MANY_TOKENS");
			}
		});
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		this.shape.check(parameters.getDocument()).ifPresent((refusal) -> {
			throw refusal.toAbort();
		});
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		String cancelled = parameters.getGraphQLContext().get(PARSE_CANCELLED);
		if (cancelled == null) {
			return CompletableFuture.completedFuture(result);
		}
		Refusal refusal = "QUERY_TOO_DEEP".equals(cancelled)
				? new Refusal("QUERY_TOO_DEEP", "The document nests too deep to be read.")
				: new Refusal("TOO_MANY_TOKENS", "The document is too long: at most " + this.limits.maxTokens()
						+ " tokens and " + this.limits.maxCharacters() + " characters are allowed.");
		return CompletableFuture
			.completedFuture(ExecutionResult.newExecutionResult().addError(refusal.toError()).build());
	}

}
