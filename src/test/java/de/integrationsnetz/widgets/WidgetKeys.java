package de.integrationsnetz.widgets;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Widget API keys for the widget tests, issued through the COORDINATOR mutation; their
 * names start with {@value #PREFIX}, so {@link #removeAll} cleans up.
 */
final class WidgetKeys {

	static final String PREFIX = "widget-test";

	private WidgetKeys() {
	}

	/**
	 * Issues a key.
	 * @param coordinator a tester running as a coordinator
	 * @param name the key's name, starting with {@value #PREFIX}
	 * @param origin the one origin it is for
	 * @param requestsPerMinute its rate limit
	 * @return the secret
	 */
	@SuppressWarnings("unchecked")
	static String issue(GraphQlTester coordinator, String name, String origin, int requestsPerMinute) {
		Map<String, Object> issued = coordinator.document("""
				mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) {
				  __typename ... on ApiKeyIssued { secret apiKey { id } } } }
				""")
			.variable("input", Map.of("name", name, "origins", List.of(origin), "requestsPerMinute", requestsPerMinute))
			.execute()
			.path("issueApiKey")
			.entity(Map.class)
			.get();
		assertThat(issued).containsEntry("__typename", "ApiKeyIssued");
		return (String) issued.get("secret");
	}

	/**
	 * Revokes every key with the name.
	 * @param coordinator a tester running as a coordinator
	 * @param neo4j the database, to find the key's id
	 * @param name the key's name
	 */
	static void revoke(GraphQlTester coordinator, Neo4jClient neo4j, String name) {
		for (String id : neo4j.query("MATCH (k:ApiKey {name: $name}) RETURN k.id")
			.bind(name)
			.to("name")
			.fetchAs(String.class)
			.all()) {
			coordinator.document("mutation { revokeApiKey(id: \"" + id + "\") { __typename } }").execute();
		}
	}

	static void removeAll(Neo4jClient neo4j) {
		neo4j.query("MATCH (k:ApiKey) WHERE k.name STARTS WITH $prefix DETACH DELETE k")
			.bind(PREFIX)
			.to("prefix")
			.run();
	}

}
