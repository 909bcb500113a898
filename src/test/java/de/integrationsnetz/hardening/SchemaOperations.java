package de.integrationsnetz.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The operations of the schema (every field of {@code Query} and {@code Mutation}), with
 * a document that passes every argument as a variable, and values that fit each input
 * type: what the injection and generated-input tests start from.
 */
final class SchemaOperations {

	/** An id that is no valid slug (so no create accepts it) and that no entity has. */
	static final String BAD_ID = "Keine gültige ID!";

	private SchemaOperations() {
	}

	/**
	 * One operation of the schema.
	 *
	 * @param kind {@code query} or {@code mutation}
	 * @param field the root field
	 */
	record Operation(String kind, GraphQLFieldDefinition field) {

		String name() {
			return this.field.getName();
		}

		/**
		 * A document calling the field with every argument as the variable of its name.
		 * @return the document
		 */
		String document() {
			String variables = this.field.getArguments()
				.stream()
				.map((argument) -> "$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()))
				.collect(Collectors.joining(", "));
			String arguments = this.field.getArguments()
				.stream()
				.map((argument) -> argument.getName() + ": $" + argument.getName())
				.collect(Collectors.joining(", "));
			GraphQLType result = GraphQLTypeUtil.unwrapAll(this.field.getType());
			String selection = (result instanceof GraphQLCompositeType) ? " { __typename }" : "";
			return this.kind + (variables.isEmpty() ? "" : " (" + variables + ")") + " { " + name()
					+ (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }";
		}

		/**
		 * Variables that fit every argument; ids are {@link #BAD_ID}, so no write finds
		 * or creates an entity.
		 * @return argument name to value
		 */
		Map<String, Object> fittingVariables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			for (GraphQLArgument argument : this.field.getArguments()) {
				variables.put(argument.getName(), fitting(argument.getType(), argument.getName()));
			}
			return variables;
		}

	}

	static List<Operation> operations(GraphQLSchema schema) {
		List<Operation> operations = new ArrayList<>();
		schema.getQueryType().getFieldDefinitions().forEach((field) -> operations.add(new Operation("query", field)));
		GraphQLObjectType mutation = schema.getMutationType();
		if (mutation != null) {
			mutation.getFieldDefinitions().forEach((field) -> operations.add(new Operation("mutation", field)));
		}
		return operations;
	}

	/**
	 * A value that fits the type: every input field set, ids invalid.
	 * @param type the input type
	 * @param name the argument's or field's name
	 * @return the value as JSON-ready maps, lists and scalars
	 */
	static Object fitting(GraphQLInputType type, String name) {
		GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (bare instanceof GraphQLList list) {
			return List.of(fitting((GraphQLInputType) list.getWrappedType(), name));
		}
		if (bare instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (bare instanceof GraphQLInputObjectType object) {
			Map<String, Object> value = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				value.put(field.getName(), fitting(field.getType(), field.getName()));
			}
			return value;
		}
		return switch (((GraphQLScalarType) bare).getName()) {
			case "ID" -> BAD_ID;
			case "Int" -> 1;
			case "Float" -> 1.5;
			case "Boolean" -> Boolean.TRUE;
			case "Date" -> "2026-01-15";
			default -> "Text " + name;
		};
	}

	/**
	 * Whether a type is text: {@code String} or {@code ID}, possibly non-null.
	 * @param type the type
	 * @return true for text
	 */
	static boolean isText(GraphQLInputType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLScalarType scalar
				&& ("String".equals(scalar.getName()) || "ID".equals(scalar.getName()));
	}

}
