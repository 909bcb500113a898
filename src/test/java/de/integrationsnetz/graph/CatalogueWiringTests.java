package de.integrationsnetz.graph;

import java.util.ArrayList;
import java.util.List;

import de.integrationsnetz.support.GraphIntegrationTest;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogues ({@link EntityType}, {@link Relations}) and the schema agree: every
 * field of every entity type and of {@code Query} is wired, every relationship field is
 * navigable both ways, and the schema's field types match the catalogue.
 */
class CatalogueWiringTests extends GraphIntegrationTest {

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void wiresEveryFieldOfEveryEntityTypeAndOfQuery() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> unwired = new ArrayList<>();
		List<GraphQLObjectType> types = new ArrayList<>();
		types.add(schema.getQueryType());
		for (EntityType type : EntityType.values()) {
			types.add(schema.getObjectType(type.label()));
		}
		for (GraphQLObjectType type : types) {
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				if (!schema.getCodeRegistry().hasDataFetcher(FieldCoordinates.coordinates(type, field))) {
					unwired.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(unwired).as("fields without a data fetcher").isEmpty();
	}

	@Test
	void catalogueRelationsMatchTheSchemaFieldTypes() {
		GraphQLSchema schema = this.graphQlSource.schema();
		for (Relation relation : Relations.all()) {
			GraphQLFieldDefinition field = schema.getObjectType(relation.parentType())
				.getFieldDefinition(relation.field());
			assertThat(field).as(relation.coordinates()).isNotNull();
			String typeName = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
			String target = (relation.targetLabels().size() == 1) ? relation.targetLabels().get(0) : Relations.ACTOR;
			assertThat(typeName).as(relation.coordinates())
				.isEqualTo(relation.single() ? target : target + "Connection");
		}
	}

	@Test
	void everyRelationshipFieldHasItsReverse() {
		List<String> oneWay = new ArrayList<>();
		for (Relation relation : Relations.all()) {
			for (String target : relation.targetLabels()) {
				boolean reversed = Relations.all()
					.stream()
					.anyMatch((other) -> other.parentType().equals(target) && other.type().equals(relation.type())
							&& other.outgoing() != relation.outgoing()
							&& other.targetLabels().contains(relation.parentType()));
				if (!reversed) {
					oneWay.add(relation.coordinates() + " from " + target);
				}
			}
		}
		assertThat(oneWay).as("relationship fields without a way back").isEmpty();
	}

	@Test
	void everyEntityFieldOfTheContractIsAPropertyOrARelation() throws java.io.IOException {
		var contract = new graphql.schema.idl.SchemaParser()
			.parse(java.nio.file.Files.readString(java.nio.file.Path.of("schema.graphqls")));
		for (EntityType type : EntityType.values()) {
			var object = contract.getType(type.label(), graphql.language.ObjectTypeDefinition.class).orElseThrow();
			for (var field : object.getFieldDefinitions()) {
				boolean known = field.getName().equals("id") || field.getName().equals(EntityType.VERSION)
						|| field.getName().equals(EntityType.ARCHIVED) || type.property(field.getName()).isPresent()
						|| Relations.find(type.label(), field.getName()).isPresent();
				assertThat(known).as(type.label() + "." + field.getName()).isTrue();
			}
		}
	}

}
