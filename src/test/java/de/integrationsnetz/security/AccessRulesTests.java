package de.integrationsnetz.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.integrationsnetz.support.GraphIntegrationTest;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default, checked on the schema: every field of every object type has exactly
 * one access rule (Query, Mutation and the entity types on each field), and the README's
 * role matrix is the one the schema gives.
 */
class AccessRulesTests extends GraphIntegrationTest {

	private static final String START = "<!-- role-matrix:start -->";

	private static final String END = "<!-- role-matrix:end -->";

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void everyFieldOfEveryTypeHasARule() {
		GraphQLSchema schema = this.graphQlSource.schema();
		AccessRules rules = AccessRules.of(schema);
		List<String> missing = new ArrayList<>();
		List<String> typeLevel = new ArrayList<>();
		for (GraphQLObjectType type : objectTypes(schema)) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				if (rules.rule(type.getName(), field.getName()).isEmpty()) {
					missing.add(type.getName() + "." + field.getName());
				}
				if (AccessRules.needsFieldRules(type) && field.getAppliedDirectives()
					.stream()
					.noneMatch((directive) -> List.of(AccessRule.values())
						.stream()
						.anyMatch((rule) -> rule.directive().equals(directive.getName())))) {
					typeLevel.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(missing)
			.as("fields without an access rule (give each one of @public, @staff, @coordinator, @contact)")
			.isEmpty();
		assertThat(typeLevel).as("Query, Mutation and entity fields need a rule of their own").isEmpty();
		assertThat(rules.rule("Mutation", "createPerson")).contains(AccessRule.COORDINATOR);
		assertThat(rules.rule("Person", "email")).contains(AccessRule.CONTACT);
	}

	@Test
	void theReadmeShowsTheRoleMatrixOfTheSchema() throws IOException {
		String expected = matrix(this.graphQlSource.schema());
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("README has the role matrix between its markers").isNotNegative();
		String actual = readme.substring(start + START.length(), end).strip();
		if (!actual.equals(expected)) {
			Files.writeString(Path.of("target", "role-matrix.md"), expected, StandardCharsets.UTF_8);
		}
		assertThat(actual).as("README role matrix (the expected text is in target/role-matrix.md)").isEqualTo(expected);
	}

	static String matrix(GraphQLSchema schema) {
		AccessRules rules = AccessRules.of(schema);
		StringBuilder text = new StringBuilder();
		text.append("| Operation | COORDINATOR | STAFF | WIDGET | anonymous |\n|---|---|---|---|---|\n");
		for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
			String kind = (root == schema.getQueryType()) ? "query" : "mutation";
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				AccessRule rule = rules.rule(root.getName(), field.getName()).orElseThrow();
				text.append("| ").append(kind).append(" `").append(field.getName()).append("` |");
				for (Role role : Role.values()) {
					text.append(rule.allows(role) ? " ✓ |" : " – |");
				}
				text.append(" – |\n");
			}
		}
		Map<AccessRule, List<String>> exceptions = new TreeMap<>();
		for (GraphQLObjectType type : objectTypes(schema)) {
			if (type == schema.getQueryType() || type == schema.getMutationType()) {
				continue;
			}
			List<AccessRule> fieldRules = type.getFieldDefinitions()
				.stream()
				.map((field) -> rules.rule(type.getName(), field.getName()).orElseThrow())
				.toList();
			if (fieldRules.stream().distinct().count() == 1 && fieldRules.get(0) != AccessRule.PUBLIC) {
				exceptions.computeIfAbsent(fieldRules.get(0), (rule) -> new ArrayList<>())
					.add("`" + type.getName() + "`");
				continue;
			}
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				AccessRule rule = rules.rule(type.getName(), field.getName()).orElseThrow();
				if (rule != AccessRule.PUBLIC) {
					exceptions.computeIfAbsent(rule, (key) -> new ArrayList<>())
						.add("`" + type.getName() + "." + field.getName() + "`");
				}
			}
		}
		text.append("\nEvery field of the entity and result types is `@public` except these (a type named"
				+ " alone: all its fields):\n\n");
		exceptions.forEach((rule, fields) -> text.append("- `@")
			.append(rule.directive())
			.append("`: ")
			.append(String.join(", ", fields))
			.append('\n'));
		return text.toString().strip();
	}

	private static List<GraphQLObjectType> objectTypes(GraphQLSchema schema) {
		List<GraphQLObjectType> types = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !AccessRules.isSystemType(object)) {
				types.add(object);
			}
		}
		types.sort(Comparator.comparing(GraphQLObjectType::getName));
		return types;
	}

}
