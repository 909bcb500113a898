package de.integrationsnetz.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trusted documents the widgets send with a key read only fields a widget key may
 * read ({@code @public}, {@code @contact}); the one document meant for a signed-in user's
 * token (persons on the map) is the only exception.
 */
class TrustedDocumentAccessTests extends GraphIntegrationTest {

	/** Sent only with a {@code token} (COORDINATOR), never with a key. */
	private static final Set<String> FOR_TOKENS = Set.of("netzwerkkarte-personen.graphql");

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void documentsSentWithAKeyReadOnlyFieldsAWidgetMayRead() throws IOException {
		GraphQLSchema schema = this.graphQlSource.schema();
		AccessRules rules = AccessRules.of(schema);
		List<String> refused = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/trusted-documents"))) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (FOR_TOKENS.contains(name)) {
					continue;
				}
				Document document = Parser.parse(Files.readString(file, StandardCharsets.UTF_8));
				QueryTraverser.newQueryTraverser()
					.schema(schema)
					.document(document)
					.variables(sampleVariables(schema, document))
					.build()
					.visitPreOrder(new QueryVisitorStub() {
						@Override
						public void visitField(QueryVisitorFieldEnvironment env) {
							String field = env.getFieldDefinition().getName();
							if (field.startsWith("__")) {
								return;
							}
							GraphQLFieldsContainer container = env.getFieldsContainer();
							List<String> types = (container instanceof GraphQLInterfaceType face)
									? schema.getImplementations(face).stream().map(GraphQLObjectType::getName).toList()
									: List.of(container.getName());
							for (String type : types) {
								seen.add(name + ": " + type + "." + field);
								if (!rules.rule(type, field).map((rule) -> rule.allows(Role.WIDGET)).orElse(false)) {
									refused.add(name + ": " + type + "." + field);
								}
							}
						}
					});
			}
		}
		assertThat(seen).as("fields the documents read").hasSizeGreaterThan(50);
		assertThat(refused).isEmpty();
	}

	/**
	 * A value of the right type for every variable, so the traversal can read arguments.
	 */
	private static Map<String, Object> sampleVariables(GraphQLSchema schema, Document document) {
		Map<String, Object> variables = new HashMap<>();
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			for (VariableDefinition variable : operation.getVariableDefinitions()) {
				Type<?> type = variable.getType();
				if (type instanceof NonNullType nonNull) {
					type = nonNull.getType();
				}
				if (type instanceof ListType) {
					variables.put(variable.getName(), List.of());
					continue;
				}
				String typeName = ((TypeName) type).getName();
				variables.put(variable.getName(), switch (typeName) {
					case "Int" -> 1;
					case "Float" -> 1.0;
					case "Boolean" -> false;
					case "Date" -> "2026-01-01";
					default -> (schema.getType(typeName) instanceof GraphQLEnumType enumType)
							? enumType.getValues().get(0).getName() : "x";
				});
			}
		}
		return variables;
	}

}
