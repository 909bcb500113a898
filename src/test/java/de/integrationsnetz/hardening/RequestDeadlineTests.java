package de.integrationsnetz.hardening;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout, on a tiny schema with a slow field: fields that would start after
 * the deadline do not run and answer {@code REQUEST_TIMEOUT}.
 */
class RequestDeadlineTests {

	private int slowCalls;

	@Test
	void fieldsStartingAfterTheDeadlineDoNotRunAndAnswerRequestTimeout() {
		GraphQL graphQl = graphQl(Duration.ofMillis(50));
		ExecutionResult result = graphQl.execute("{ first: slow second: slow }");
		assertThat(this.slowCalls).isEqualTo(1);
		assertThat(result.<Map<String, Object>>getData()).containsEntry("first", "done").containsEntry("second", null);
		assertThat(result.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TIMEOUT");
			assertThat(error.getPath()).containsExactly("second");
		});
	}

	@Test
	void requestsWithinTheDeadlineRunFully() {
		ExecutionResult result = graphQl(Duration.ofSeconds(30)).execute("{ first: slow second: slow }");
		assertThat(this.slowCalls).isEqualTo(2);
		assertThat(result.getErrors()).isEmpty();
	}

	private GraphQL graphQl(Duration timeout) {
		DataFetcher<String> slow = (environment) -> {
			this.slowCalls++;
			Thread.sleep(100);
			return "done";
		};
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { slow: String }"),
				RuntimeWiring.newRuntimeWiring().type("Query", (type) -> type.dataFetcher("slow", slow)).build());
		LimitsProperties limits = new LimitsProperties(null, null, null, null, null, null, timeout, null);
		return GraphQL.newGraphQL(schema).instrumentation(new RequestDeadline(limits)).build();
	}

}
