package de.integrationsnetz.hardening;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile documents are refused before any Cypher runs, each with its own code and no
 * internals, over HTTP and through the handler, and the service answers normally right
 * afterwards.
 */
class HostileQueryTests extends GraphIntegrationTest {

	private static final String NORMAL = "{ departments(first: 1) { totalCount edges { node { name } } } }";

	private GraphQlHttp http;

	@BeforeEach
	void http() {
		this.http = new GraphQlHttp(baseUrl());
	}

	static Stream<Arguments> hostileDocuments() {
		return Stream.of(Arguments.of("depth 50", depth(50), "QUERY_TOO_DEEP"),
				Arguments.of("500 aliases of one field",
						"{ " + repeat(500, (i) -> "a" + i + ": departments { totalCount }") + " }", "TOO_MANY_ALIASES"),
				Arguments.of("100,000 tokens", "{ " + repeat(100_000, (i) -> "__typename") + " }", "TOO_MANY_TOKENS"),
				Arguments.of("12,000 tokens in few characters", "{" + "a ".repeat(12_000) + "}", "TOO_MANY_TOKENS"),
				Arguments.of("parser nesting 1,000", "{ a ".repeat(1_000) + "}".repeat(1_000), "QUERY_TOO_DEEP"),
				Arguments.of("fragment cycle", """
						{ departments { ...A } }
						fragment A on DepartmentConnection { totalCount ...B }
						fragment B on DepartmentConnection { totalCount ...A }
						""", "GRAPHQL_VALIDATION_FAILED"),
				Arguments.of("fragment fan-out", fanOut(30), "QUERY_TOO_COMPLEX"),
				Arguments.of("first: 1000000", "{ departments(first: 1000000) { totalCount } }", "BAD_USER_INPUT"),
				Arguments.of("nested first: 1000000",
						"{ departments(first: 1) { edges { node { staff(first: 1000000) { totalCount } } } } }",
						"BAD_USER_INPUT"),
				Arguments.of("directive repeated 1,000 times",
						"{ departments " + " @include(if: true)".repeat(1_000) + " { totalCount } }",
						"TOO_MANY_DIRECTIVES"),
				Arguments.of("nested pages of 100",
						"{ departments(first: 100) { edges { node { subUnits(first: 100) { edges { node { "
								+ "staff(first: 100) { edges { node { expertise(first: 100) { edges { node { name } } } } } } "
								+ "} } } } } } }",
						"QUERY_TOO_COMPLEX"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileDocuments")
	void refusesOverHttpBeforeAnyCypherRuns(String name, String document, String code) {
		this.cypherCounter.reset();
		HttpResponse<String> response = this.http.post(document);
		assertThat(this.cypherCounter.count()).as("Cypher statements").isZero();
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(codes(GraphQlHttp.body(response))).containsExactly(code);
		assertThat(GraphQlHttp.body(response).get("data")).isNull();
		GraphQlHttp.assertNoInternals(response.body());
		answersNormallyAfterwards();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileDocuments")
	void refusesThroughTheHandlerBeforeAnyCypherRuns(String name, String document, String code) {
		this.cypherCounter.reset();
		graphQl().document(document).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code);
			assertThat(errors.get(0).getMessage()).doesNotContain("Exception").doesNotContain("graphql.");
		});
		assertThat(this.cypherCounter.count()).as("Cypher statements").isZero();
		graphQl().document(NORMAL).execute().errors().verify().path("departments.totalCount").hasValue();
	}

	@Test
	void refusesPageSizeGivenAsVariableBeforeAnyCypherRuns() {
		this.cypherCounter.reset();
		HttpResponse<String> response = this.http.post("query ($n: Int) { persons(first: $n) { totalCount } }",
				Map.of("n", 1_000_000));
		assertThat(this.cypherCounter.count()).isZero();
		assertThat(codes(GraphQlHttp.body(response))).containsExactly("BAD_USER_INPUT");
		assertThat(response.body()).contains("\"argument\":\"first\"");
	}

	@Test
	void refusesBatchesOfOperations() {
		this.cypherCounter.reset();
		String operation = "{\"query\": \"" + NORMAL.replace("\"", "\\\"") + "\"}";
		HttpResponse<String> response = this.http.postRaw("[" + operation + "," + operation + "]");
		assertThat(this.cypherCounter.count()).isZero();
		assertThat(response.statusCode()).isEqualTo(400);
		GraphQlHttp.assertNoInternals(response.body());
		answersNormallyAfterwards();
	}

	@Test
	void letsTheLargestLegitimateShapesThrough() {
		String fifteenDeep = "{ departments(first: 1) { edges { node { " + "parent { ".repeat(11) + "id"
				+ " }".repeat(11) + " } } } }";
		graphQl().document(fifteenDeep).execute().errors().verify();
		String thirtyAliases = "{ " + repeat(30, (i) -> "a" + i + ": departments(first: 1) { totalCount }") + " }";
		graphQl().document(thirtyAliases).execute().errors().verify();
		// the explorer-style nested read of scripts/benchmark: 30 departments, four
		// levels
		// of lists with their default pages
		String nested = """
				{ departments(first: 30) { totalCount edges { node { name contactPerson { name
				  languages { edges { node { name } } } } deputy { name } subUnits { edges { node { name
				  staff { edges { node { name expertise { edges { properties { level } node { name } } } } } } } } } } } } }
				""";
		graphQl().document(nested).execute().errors().verify().path("departments.totalCount").hasValue();
	}

	private void answersNormallyAfterwards() {
		HttpResponse<String> response = this.http.post(NORMAL);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("\"errors\"").contains("totalCount");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> codes(Map<String, Object> body) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
		return errors.stream().map((error) -> ((Map<String, Object>) error.get("extensions")).get("code")).toList();
	}

	private static String depth(int depth) {
		// departments > edges > node, then parent after parent
		int parents = depth - 4;
		return "{ departments { edges { node { " + "parent { ".repeat(parents) + "id" + " }".repeat(parents)
				+ " } } } }";
	}

	/** Fragments that each spread the next one twice: small text, 2^n fields. */
	private static String fanOut(int levels) {
		StringBuilder document = new StringBuilder("{ departments(first: 1) { edges { node { ...F0 } } } }\n");
		for (int i = 0; i < levels; i++) {
			document.append("fragment F%d on Department { ...F%d ...F%d }\n".formatted(i, i + 1, i + 1));
		}
		document.append("fragment F").append(levels).append(" on Department { id }\n");
		return document.toString();
	}

	private static String repeat(int times, java.util.function.IntFunction<String> part) {
		return IntStream.range(0, times).mapToObj(part).collect(Collectors.joining(" "));
	}

}
