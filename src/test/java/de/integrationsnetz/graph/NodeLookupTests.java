package de.integrationsnetz.graph;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code node(id)}: any entity by its slug, and a clear error for an unknown id.
 */
class NodeLookupTests extends GraphIntegrationTest {

	@Test
	void findsAnyEntityBySlug() {
		graphQl().document("""
				{ node(id: "auslaenderbehoerde") { id __typename ... on Department { name parent { id } } } }
				""")
			.execute()
			.errors()
			.verify()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("Department")
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Ausländerbehörde")
			.path("node.parent.id")
			.entity(String.class)
			.isEqualTo("fb-buergerdienste");
	}

	@Test
	void answersUnknownIdWithNullAndNotFound() {
		graphQl().document("{ node(id: \"gibt-es-nicht\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND");
			assertThat(errors.get(0).getMessage()).contains("gibt-es-nicht");
		}).path("node").valueIsNull();
	}

}
