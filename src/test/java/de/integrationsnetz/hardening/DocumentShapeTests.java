package de.integrationsnetz.hardening;

import java.util.Optional;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema-free checks of a document's shape, on parsed documents without Spring.
 */
class DocumentShapeTests {

	private final DocumentShape shape = new DocumentShape(LimitsProperties.defaults());

	@Test
	void countsDepthWithLeavesAndThroughFragments() {
		assertThat(code("{ a { b { c } } }")).isEmpty();
		String fifteen = "{ a " + "{ b ".repeat(14) + "}".repeat(14) + " }";
		assertThat(code(fifteen)).isEmpty();
		String sixteenThroughFragment = "{ a { ...F } } fragment F on T { b " + "{ c ".repeat(14) + "}".repeat(14)
				+ " }";
		assertThat(code(sixteenThroughFragment)).contains("QUERY_TOO_DEEP");
	}

	@Test
	void refusesFragmentCyclesWithoutRecursingForever() {
		assertThat(code("{ ...A } fragment A on Q { ...B } fragment B on Q { ...A }"))
			.contains("GRAPHQL_VALIDATION_FAILED");
		assertThat(code("{ a } fragment A on Q { b { ...A } }")).contains("GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void refusesFragmentsThatMultiplyIntoTooManyFieldsQuickly() {
		StringBuilder document = new StringBuilder("{ ...F0 }");
		for (int i = 0; i < 60; i++) {
			document.append(" fragment F%d on Q { ...F%d ...F%d }".formatted(i, i + 1, i + 1));
		}
		document.append(" fragment F60 on Q { id }");
		assertThat(code(document.toString())).contains("QUERY_TOO_COMPLEX");
	}

	@Test
	void countsAliasesAndDirectivesAnywhere() {
		assertThat(code("{ " + "x: a ".repeat(30) + "}")).isEmpty();
		assertThat(code("{ " + "x: a ".repeat(31) + "}")).contains("TOO_MANY_ALIASES");
		assertThat(code("{ ...F } fragment F on Q { " + "x: a ".repeat(31) + "}")).contains("TOO_MANY_ALIASES");
		assertThat(code("{ a" + " @skip(if: false)".repeat(50) + " }")).isEmpty();
		assertThat(code("query Q" + " @d".repeat(51) + " { a }")).contains("TOO_MANY_DIRECTIVES");
	}

	private Optional<String> code(String document) {
		return this.shape.check(Parser.parse(document)).map(Refusal::code);
	}

}
