package de.integrationsnetz.hardening;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation of the schema gets {@value #CASES} generated invalid inputs over HTTP
 * (see {@link InvalidInputGenerator}; seeded, so every run sends the same): no answer is
 * a server error, shows internals or is an internal error, and the graph is unchanged.
 */
class GeneratedInputTests extends GraphIntegrationTest {

	static final int CASES = 1_000;

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private Neo4jClient neo4j;

	@TestFactory
	Stream<DynamicTest> everyMutationRefusesGeneratedInvalidInput() {
		GraphQlHttp http = new GraphQlHttp(baseUrl());
		return SchemaOperations.operations(this.graphQlSource.schema())
			.stream()
			.filter((operation) -> operation.kind().equals("mutation"))
			.map((operation) -> DynamicTest.dynamicTest(operation.name(), () -> refusesAll(http, operation)));
	}

	private void refusesAll(GraphQlHttp http, SchemaOperations.Operation operation) throws Exception {
		String before = GraphChecksum.of(this.neo4j);
		InvalidInputGenerator generator = new InvalidInputGenerator(operation.name().hashCode());
		String document = operation.document();
		Map<String, Object> fitting = operation.fittingVariables();
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			inputs.add(generator.next(fitting));
		}
		ExecutorService senders = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (Map<String, Object> variables : inputs) {
				sent.add(senders.submit(() -> check(http.post(document, variables), operation, variables)));
			}
			for (Future<?> future : sent) {
				future.get();
			}
		}
		finally {
			senders.shutdownNow();
		}
		assertThat(GraphChecksum.of(this.neo4j)).as("graph after " + operation.name()).isEqualTo(before);
	}

	private static void check(HttpResponse<String> response, SchemaOperations.Operation operation,
			Map<String, Object> variables) {
		String input = operation.name() + " " + abbreviated(variables.toString());
		assertThat(response.statusCode()).as(input).isLessThan(500);
		assertThat(response.body()).as(input)
			.doesNotContain("INTERNAL_ERROR")
			.doesNotContain("EntitySuccess")
			.doesNotContain("LinkSuccess")
			.doesNotContain("ApiKeyIssued");
		assertThat(response.body()).as(input).doesNotContainPattern("\\tat [a-z]").doesNotContain("Exception");
	}

	private static String abbreviated(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
