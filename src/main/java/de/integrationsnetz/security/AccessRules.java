package de.integrationsnetz.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The access rule of every field of a schema, read from its directives: the field's own
 * directive, else (for result types only) the directive on its type. Query, Mutation and
 * the types implementing {@code Node} (the entities) need a rule on each field. A field
 * without a rule has none: it is refused for everyone, and {@code AccessRulesTests}
 * fails.
 */
public final class AccessRules {

	/** Types whose every field must carry its own rule besides the entity types. */
	private static final Set<String> FIELD_LEVEL_TYPES = Set.of("Query", "Mutation");

	private final GraphQLSchema schema;

	private final Map<FieldCoordinates, AccessRule> rules;

	private AccessRules(GraphQLSchema schema) {
		this.schema = schema;
		Map<FieldCoordinates, AccessRule> found = new LinkedHashMap<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !isSystemType(object)) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					ruleOf(object, field)
						.ifPresent((rule) -> found.put(FieldCoordinates.coordinates(object, field), rule));
				}
			}
		}
		this.rules = Map.copyOf(found);
	}

	/**
	 * Reads the rules of a schema.
	 * @param schema the schema
	 * @return its rules
	 */
	public static AccessRules of(GraphQLSchema schema) {
		return new AccessRules(schema);
	}

	/**
	 * The schema these rules were read from.
	 * @return the schema
	 */
	public GraphQLSchema schema() {
		return this.schema;
	}

	/**
	 * The rule of a field, if it has one.
	 * @param type the object type
	 * @param field the field's name
	 * @return the rule, empty if there is none (the field is refused)
	 */
	public Optional<AccessRule> rule(String type, String field) {
		return Optional.ofNullable(this.rules.get(FieldCoordinates.coordinates(type, field)));
	}

	/**
	 * Whether the type's fields each need their own rule (Query, Mutation, entities).
	 * @param type the object type
	 * @return true if a rule on the type does not count
	 */
	public static boolean needsFieldRules(GraphQLObjectType type) {
		return FIELD_LEVEL_TYPES.contains(type.getName())
				|| type.getInterfaces().stream().anyMatch((node) -> "Node".equals(node.getName()));
	}

	/**
	 * Whether the type is one of GraphQL's own introspection types.
	 * @param type the type
	 * @return true for {@code __Schema}, {@code __Type} and the like
	 */
	public static boolean isSystemType(GraphQLNamedType type) {
		return type.getName().startsWith("__");
	}

	private static Optional<AccessRule> ruleOf(GraphQLObjectType type, GraphQLFieldDefinition field) {
		Optional<AccessRule> own = directiveRule(field);
		if (own.isPresent() || needsFieldRules(type)) {
			return own;
		}
		return directiveRule(type);
	}

	private static Optional<AccessRule> directiveRule(GraphQLDirectiveContainer container) {
		AccessRule found = null;
		for (AccessRule rule : AccessRule.values()) {
			if (container.hasAppliedDirective(rule.directive())) {
				if (found != null) {
					// Two rules on one element are a mistake in the schema: refuse.
					return Optional.empty();
				}
				found = rule;
			}
		}
		return Optional.ofNullable(found);
	}

}
