package de.integrationsnetz.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.support.GraphIntegrationTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix, generated from the schema: every operation (each field of Query and
 * Mutation) and every field of every entity type is run for every role (COORDINATOR,
 * STAFF, WIDGET and a caller without a role) and must be refused with {@code FORBIDDEN}
 * exactly where its rule says so. Mutations get inputs that cannot succeed (unknown ids,
 * empty names), so the matrix writes nothing (checked by a graph checksum). Every other
 * field reached on the way is checked against its rule too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTests extends GraphIntegrationTest {

	private static final Role[] ROLES = { Role.COORDINATOR, Role.STAFF, Role.WIDGET, null };

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private Neo4jClient neo4j;

	private GraphQLSchema schema;

	private AccessRules rules;

	@BeforeAll
	void readSchema() {
		this.schema = this.graphQlSource.schema();
		this.rules = AccessRules.of(this.schema);
	}

	@Test
	void everyOperationIsRefusedExactlyWhereItsRuleSays() {
		long before = checksum();
		this.accessDecisions.clear();
		List<String> mismatches = new ArrayList<>();
		for (GraphQLObjectType root : List.of(this.schema.getQueryType(), this.schema.getMutationType())) {
			String operation = root == this.schema.getQueryType() ? "query" : "mutation";
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				String document = operation + " { " + field.getName() + arguments(field.getArguments())
						+ selection(field.getType()) + " }";
				for (Role role : ROLES) {
					signInAs(role);
					boolean refused = refused(document, List.of(field.getName()));
					boolean expected = !allowed(root.getName(), field.getName(), role);
					if (refused != expected) {
						mismatches
							.add(root.getName() + "." + field.getName() + " for " + role + ": refused=" + refused);
					}
				}
			}
		}
		signInAs(Role.COORDINATOR);
		assertThat(mismatches).isEmpty();
		assertThat(checksum()).as("the matrix run wrote nothing").isEqualTo(before);
		for (GraphQLObjectType root : List.of(this.schema.getQueryType(), this.schema.getMutationType())) {
			assertDecided(root);
		}
	}

	@Test
	void everyFieldOfEveryEntityTypeIsRefusedExactlyWhereItsRuleSays() {
		this.accessDecisions.clear();
		List<String> mismatches = new ArrayList<>();
		for (EntityType type : EntityType.values()) {
			GraphQLObjectType object = this.schema.getObjectType(type.label());
			String id = this.neo4j
				.query("MATCH (n:" + type.label() + ") WHERE NOT coalesce(n.archived, false) "
						+ "RETURN n.id ORDER BY n.id LIMIT 1")
				.fetchAs(String.class)
				.one()
				.orElseThrow(() -> new AssertionError("The seed has no " + type.label()));
			String fields = object.getFieldDefinitions()
				.stream()
				.map((field) -> field.getName() + arguments(field.getArguments()) + selection(field.getType()))
				.collect(Collectors.joining(" "));
			String document = "{ node(id: \"" + id + "\") { ... on " + type.label() + " { " + fields + " } } }";
			for (Role role : new Role[] { Role.COORDINATOR, Role.STAFF, Role.WIDGET }) {
				signInAs(role);
				List<ResponseError> errors = errors(document);
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					boolean refused = errors.stream()
						.anyMatch((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
								&& List.of("node", field.getName()).equals(error.getParsedPath()));
					if (refused == allowed(type.label(), field.getName(), role)) {
						mismatches.add(type.label() + "." + field.getName() + " for " + role + ": refused=" + refused);
					}
				}
			}
			signInAs(null);
			assertThat(refused(document, List.of("node"))).as("node for a caller without a role").isTrue();
		}
		signInAs(Role.COORDINATOR);
		assertThat(mismatches).isEmpty();
		for (EntityType type : EntityType.values()) {
			assertDecided(this.schema.getObjectType(type.label()), Role.COORDINATOR, Role.STAFF, Role.WIDGET);
		}
	}

	@Test
	void everyOtherFieldReachedIsDecidedByItsRule() {
		this.accessDecisions.clear();
		for (GraphQLFieldDefinition field : this.schema.getQueryType().getFieldDefinitions()) {
			String document = "{ " + field.getName() + arguments(field.getArguments())
					+ deepSelection(field.getType(), 3) + " }";
			for (Role role : ROLES) {
				signInAs(role);
				errors(document);
			}
		}
		signInAs(Role.COORDINATOR);
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (var decision : this.accessDecisions.all()) {
			String[] parts = decision.coordinates().split("\\.");
			if (decision.allowed() != allowed(parts[0], parts[1], decision.role())) {
				mismatches.add(decision.toString());
			}
			checked++;
		}
		assertThat(mismatches).isEmpty();
		assertThat(checked).isGreaterThan(500);
	}

	/**
	 * Who may read a field with each rule, written out here independently of
	 * {@link AccessRule#allows}, so the test fails if the enforcement drifts from the
	 * documented matrix.
	 */
	private static final Map<AccessRule, Set<Role>> READERS = Map.of(AccessRule.PUBLIC,
			Set.of(Role.COORDINATOR, Role.STAFF, Role.WIDGET), AccessRule.CONTACT,
			Set.of(Role.COORDINATOR, Role.STAFF, Role.WIDGET), AccessRule.STAFF, Set.of(Role.COORDINATOR, Role.STAFF),
			AccessRule.COORDINATOR, Set.of(Role.COORDINATOR));

	private boolean allowed(String type, String field, Role role) {
		return role != null
				&& this.rules.rule(type, field).map((rule) -> READERS.get(rule).contains(role)).orElse(false);
	}

	private void assertDecided(GraphQLObjectType type, Role... roles) {
		Role[] checked = (roles.length > 0) ? roles : ROLES;
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			for (Role role : checked) {
				assertThat(this.accessDecisions.decision(type.getName() + "." + field.getName(), role))
					.as("decision for %s.%s and %s", type.getName(), field.getName(), role)
					.isEqualTo(allowed(type.getName(), field.getName(), role));
			}
		}
	}

	private boolean refused(String document, List<Object> path) {
		return errors(document).stream()
			.anyMatch((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& path.equals(error.getParsedPath()));
	}

	private List<ResponseError> errors(String document) {
		List<ResponseError> errors = new ArrayList<>();
		graphQl().document(document).execute().errors().satisfy(errors::addAll);
		assertThat(errors).as(document)
			.noneMatch((error) -> "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code"))
					|| "GRAPHQL_PARSE_FAILED".equals(error.getExtensions().get("code")));
		return errors;
	}

	private long checksum() {
		return this.neo4j.query("""
				MATCH (n) WHERE NOT n:AuditEntry
				OPTIONAL MATCH (n)-[r]->()
				WITH n, count(r) AS ties
				RETURN sum(ties) * 1000000 + count(n) + sum(size(keys(n))) * 1000
				""").fetchAs(Long.class).one().orElseThrow();
	}

	/** The required arguments, with values that fit their types but cannot succeed. */
	static String arguments(List<GraphQLArgument> arguments) {
		String generated = arguments.stream()
			.filter((argument) -> GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue())
			.map((argument) -> argument.getName() + ": " + value(argument.getType()))
			.collect(Collectors.joining(", "));
		String first = arguments.stream().anyMatch((argument) -> argument.getName().equals("first")) ? "first: 1" : "";
		String all = Arrays.stream(new String[] { generated, first })
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(", "));
		return all.isEmpty() ? "" : "(" + all + ")";
	}

	static String value(GraphQLInputType type) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList) {
			return "[]";
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (unwrapped instanceof GraphQLInputObjectType input) {
			return input.getFieldDefinitions()
				.stream()
				.filter((field) -> GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue())
				.map((GraphQLInputObjectField field) -> field.getName() + ": " + value(field.getType()))
				.collect(Collectors.joining(", ", "{ ", " }"));
		}
		return switch (((GraphQLScalarType) unwrapped).getName()) {
			case "ID" -> "\"matrix-unknown\"";
			case "Int" -> "1";
			case "Float" -> "1.0";
			case "Boolean" -> "false";
			case "Date" -> "\"2026-01-01\"";
			default -> "\"\"";
		};
	}

	static String selection(GraphQLOutputType type) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		return (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType) ? ""
				: " { __typename }";
	}

	/**
	 * Every field to a depth, each with its required arguments; unions and interfaces by
	 * typename.
	 */
	static String deepSelection(GraphQLOutputType type, int depth) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		if (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType) {
			return "";
		}
		if (!(unwrapped instanceof GraphQLObjectType object) || depth == 0) {
			return " { __typename }";
		}
		return object.getFieldDefinitions()
			.stream()
			.map((field) -> field.getName() + arguments(field.getArguments())
					+ deepSelection(field.getType(), depth - 1))
			.collect(Collectors.joining(" ", " { ", " }"));
	}

}
