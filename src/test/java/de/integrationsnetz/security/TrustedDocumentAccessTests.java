package de.integrationsnetz.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import de.integrationsnetz.support.GraphIntegrationTest;

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
		int documents = 0;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/trusted-documents"))) {
			for (Path file : files.sorted().toList()) {
				if (FOR_TOKENS.contains(file.getFileName().toString())) {
					continue;
				}
				documents++;
				QueryTraverser.newQueryTraverser()
					.schema(schema)
					.document(Parser.parse(Files.readString(file, StandardCharsets.UTF_8)))
					.coercedVariables(CoercedVariables.emptyVariables())
					.build()
					.visitPreOrder(new QueryVisitorStub() {
						@Override
						public void visitField(QueryVisitorFieldEnvironment env) {
							String field = env.getFieldDefinition().getName();
							GraphQLFieldsContainer container = env.getFieldsContainer();
							List<String> types = (container instanceof GraphQLInterfaceType face)
									? schema.getImplementations(face).stream().map(GraphQLObjectType::getName).toList()
									: List.of(container.getName());
							for (String type : types) {
								if (!field.startsWith("__") && !rules.rule(type, field)
									.map((rule) -> rule.allows(Role.WIDGET))
									.orElse(false)) {
									refused.add(file.getFileName() + ": " + type + "." + field);
								}
							}
						}
					});
			}
		}
		assertThat(documents).isGreaterThanOrEqualTo(6);
		assertThat(refused).isEmpty();
	}

}
