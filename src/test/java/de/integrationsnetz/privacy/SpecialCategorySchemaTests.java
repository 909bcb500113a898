package de.integrationsnetz.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema has no field, argument, input field, type or enum value for an individual's
 * migration background, nationality, origin, religion, health or other special-category
 * data (GDPR Art. 9), in English or German. Topics such as "Religion" or "Gesundheit" are
 * data (rows), not fields about a person, and are not affected.
 */
class SpecialCategorySchemaTests {

	/** Parts of names that would hold special-category or origin data, lower case. */
	private static final List<String> FORBIDDEN = List.of("migrationbackground", "migrationshintergrund", "nationality",
			"nationalitaet", "staatsangehoerigkeit", "citizenship", "origin", "herkunft", "countryofbirth",
			"geburtsland", "birthplace", "geburtsort", "nativelanguage", "muttersprache", "firstlanguage", "ethnic",
			"ethnie", "race", "rasse", "religion", "konfession", "religious", "health", "gesundheit", "diagnos",
			"disability", "behinderung", "sexualorientation", "sexuelle", "politicalopinion", "politischemeinung",
			"tradeunion", "gewerkschaft", "biometric", "genetic", "residencestatus", "aufenthaltsstatus", "asylum",
			"asyl", "refugee", "fluechtling", "dateofbirth", "geburtsdatum", "gender", "geschlecht");

	/**
	 * Names that contain a word above with another meaning, each with its reason: the web
	 * origins (RFC 6454, scheme + host + port) of widget keys, which are no person's
	 * data.
	 */
	private static final Map<String, String> EXEMPT = Map.of("ApiKey.origins", "web origins of a widget key",
			"IssueApiKeyInput.origins", "web origins of a widget key");

	@Test
	void namesNoFieldForSpecialCategoryData() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:graphql/*.graphqls")) {
			registry.merge(new SchemaParser().parse(resource.getContentAsString(StandardCharsets.UTF_8)));
		}
		List<String> names = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			names.add(type.getName());
			if (type instanceof ObjectTypeDefinition object) {
				object.getFieldDefinitions().forEach((field) -> addField(type.getName(), field, names));
			}
			if (type instanceof InterfaceTypeDefinition object) {
				object.getFieldDefinitions().forEach((field) -> addField(type.getName(), field, names));
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions().forEach((value) -> names.add(type.getName() + "." + value.getName()));
			}
			if (type instanceof EnumTypeDefinition enumType) {
				enumType.getEnumValueDefinitions()
					.forEach((value) -> names.add(type.getName() + "." + value.getName()));
			}
		}
		registry.objectTypeExtensions()
			.values()
			.forEach((extensions) -> extensions.forEach((extension) -> extension.getFieldDefinitions()
				.forEach((field) -> addField(extension.getName(), field, names))));
		assertThat(names).as("schema names").hasSizeGreaterThan(500);
		assertThat(names).filteredOn((name) -> !EXEMPT.containsKey(name))
			.noneSatisfy((name) -> assertThat(FORBIDDEN).anyMatch((word) -> normalised(name).contains(word)));
	}

	@Test
	void wouldCatchSuchAField() {
		assertThat(FORBIDDEN).anyMatch((word) -> normalised("Person.migrationBackground").contains(word));
		assertThat(FORBIDDEN).anyMatch((word) -> normalised("Person.staatsangehörigkeit").contains(word));
		assertThat(FORBIDDEN).anyMatch((word) -> normalised("PersonInput.nativeLanguage").contains(word));
	}

	private static void addField(String type, FieldDefinition field, List<String> names) {
		names.add(type + "." + field.getName());
		field.getInputValueDefinitions()
			.forEach((argument) -> names.add(type + "." + field.getName() + "(" + argument.getName() + ")"));
	}

	private static String normalised(String name) {
		return name.toLowerCase(Locale.ROOT)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss")
			.replaceAll("[^a-z]", "");
	}

}
