package de.integrationsnetz.privacy;

import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What the personal-data tests share: running a mutation or query and reading its result
 * as maps, and removing a fixture with every audit entry that mentions it.
 */
abstract class PrivacyTestSupport extends GraphIntegrationTest {

	static final String ENTITY_RESULT = """
			__typename
			... on EntitySuccess { entity { id ... on Person { version contactConsent contactConsentOn reviewedOn } } }
			... on ValidationFailed { message fieldErrors { field message code } }
			... on NotFound { message id }
			... on Conflict { message current { id } }
			""";

	@Autowired
	Neo4jClient neo4j;

	/**
	 * Removes the entities whose ids start with the prefix and every audit entry about
	 * them or mentioning them.
	 */
	void removeFixture(String prefix) {
		replaceFixture(prefix, null);
		this.neo4j.query("""
				MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH $prefix OR a.changes CONTAINS $prefix
				DELETE a
				""").bind(prefix).to("prefix").run();
	}

	/** One field of the data of a document that must answer without errors. */
	Map<String, Object> field(String document, String field) {
		return field(document, Map.of(), field);
	}

	/**
	 * One field of the data of a document with variables that must answer without errors.
	 */
	Map<String, Object> field(String document, Map<String, Object> variables, String field) {
		var request = graphQl().document(document);
		variables.forEach(request::variable);
		var response = request.execute();
		response.errors().verify();
		return map(response.path(field).entity(Map.class).get());
	}

	Map<String, Object> createPerson(String fields) {
		return field("mutation { createPerson(input: { " + fields + " }) { " + ENTITY_RESULT + " } }", "createPerson");
	}

	Map<String, Object> updatePerson(String fields) {
		return field("mutation { updatePerson(input: { " + fields + " }) { " + ENTITY_RESULT + " } }", "updatePerson");
	}

	void link(String type, String from, String to) {
		Map<String, Object> result = field("mutation { link(input: { type: " + type + ", from: \"" + from + "\", to: \""
				+ to + "\" }) { __typename } }", "link");
		org.assertj.core.api.Assertions.assertThat(result).containsEntry("__typename", "LinkSuccess");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	/** The node ids of a connection's edges. */
	static List<Object> ids(Map<String, Object> connection) {
		return list(connection.get("edges")).stream().map((edge) -> map(edge.get("node")).get("id")).toList();
	}

}
