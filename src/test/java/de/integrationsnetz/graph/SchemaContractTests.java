package de.integrationsnetz.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schema.graphqls} at the repository root is the documented contract: it is the
 * schema the application loads, and every type, field, argument, input field and enum
 * value in it has a description.
 */
class SchemaContractTests {

	private static final Path CONTRACT = Path.of("schema.graphqls");

	@Test
	void applicationLoadsTheContractAtTheRepositoryRoot() throws IOException {
		String packaged = new ClassPathResource("graphql/schema.graphqls").getContentAsString(StandardCharsets.UTF_8);
		assertThat(packaged).isEqualTo(Files.readString(CONTRACT));
	}

	@Test
	void describesEveryTypeFieldArgumentAndEnumValue() throws IOException {
		TypeDefinitionRegistry registry = wholeSchema();
		List<String> undocumented = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			check(type.getName(), descriptionOf(type), undocumented);
			if (type instanceof ObjectTypeDefinition object) {
				object.getFieldDefinitions().forEach((field) -> checkField(type.getName(), field, undocumented));
			}
		}
		for (var extensions : registry.objectTypeExtensions().values()) {
			for (var extension : extensions) {
				extension.getFieldDefinitions()
					.forEach((field) -> checkField(extension.getName(), field, undocumented));
			}
		}
		for (TypeDefinition<?> type : registry.types().values()) {
			if (type instanceof InterfaceTypeDefinition object) {
				object.getFieldDefinitions().forEach((field) -> checkField(type.getName(), field, undocumented));
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions()
					.forEach((value) -> check(type.getName() + "." + value.getName(), value.getDescription(),
							undocumented));
			}
			if (type instanceof EnumTypeDefinition enumType) {
				enumType.getEnumValueDefinitions()
					.forEach((value) -> check(type.getName() + "." + value.getName(), value.getDescription(),
							undocumented));
			}
		}
		registry.scalars()
			.values()
			.stream()
			.filter((scalar) -> !ScalarNames.BUILT_IN.contains(scalar.getName()))
			.forEach((scalar) -> check(scalar.getName(), scalar.getDescription(), undocumented));
		assertThat(undocumented).as("schema elements without a description").isEmpty();
	}

	@Test
	void namesTheGermanTermOfEveryEntityType() throws IOException {
		TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(CONTRACT));
		for (EntityType type : EntityType.values()) {
			ObjectTypeDefinition object = registry.getType(type.label(), ObjectTypeDefinition.class).orElseThrow();
			assertThat(object.getDescription().getContent()).as(type.label()).matches("(?s).*\\([^)]+\\).*");
		}
	}

	/**
	 * The root contract and the feature schema files beside it, as the application loads
	 * them.
	 */
	static TypeDefinitionRegistry wholeSchema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:graphql/*.graphqls")) {
			registry.merge(new SchemaParser().parse(resource.getContentAsString(StandardCharsets.UTF_8)));
		}
		return registry;
	}

	private static void checkField(String type, FieldDefinition field, List<String> undocumented) {
		check(type + "." + field.getName(), field.getDescription(), undocumented);
		for (InputValueDefinition argument : field.getInputValueDefinitions()) {
			check(type + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription(),
					undocumented);
		}
	}

	private static Description descriptionOf(TypeDefinition<?> type) {
		if (type instanceof graphql.language.AbstractDescribedNode<?> described) {
			return described.getDescription();
		}
		return null;
	}

	private static void check(String element, Description description, List<String> undocumented) {
		if (description == null || description.getContent().isBlank()) {
			undocumented.add(element);
		}
	}

	private static final class ScalarNames {

		static final List<String> BUILT_IN = List.of("Int", "Float", "String", "Boolean", "ID");

	}

}
