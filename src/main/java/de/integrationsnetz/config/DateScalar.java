package de.integrationsnetz.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code Date} scalar: a calendar date as ISO 8601 text, {@code YYYY-MM-DD}.
 */
final class DateScalar {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date in ISO 8601 form, YYYY-MM-DD.")
		.coercing(new DateCoercing())
		.build();

	private DateScalar() {
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return date.toString();
			}
			throw new CoercingSerializeException("Not a date");
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("A Date is written as text YYYY-MM-DD");
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				return parse(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("A Date is written as text YYYY-MM-DD");
		}

		private static <E extends RuntimeException> LocalDate parse(String text,
				java.util.function.Function<String, E> error) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw error.apply("'" + text + "' is not a date of the form YYYY-MM-DD");
			}
		}

	}

}
