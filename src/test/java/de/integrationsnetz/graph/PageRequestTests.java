package de.integrationsnetz.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paging arguments: defaults, limits and opaque cursors.
 */
class PageRequestTests {

	@Test
	void defaultsToFirstTwenty() {
		assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
	}

	@Test
	void continuesAfterTheCursorsPosition() {
		assertThat(PageRequest.of(5, Cursors.encode(9))).isEqualTo(new PageRequest(10, 5));
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 101, Integer.MAX_VALUE })
	void refusesFirstOutsideZeroToHundred(int first) {
		assertThatThrownBy(() -> PageRequest.of(first, null)).isInstanceOf(GraphInputException.class)
			.hasMessageContaining("between 0 and 100");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "!!!", "cG9zaXRpb246LTE", "bm90IGEgY3Vyc29y" })
	void refusesTextThatIsNoCursor(String after) {
		assertThatThrownBy(() -> PageRequest.of(10, after)).isInstanceOf(GraphInputException.class)
			.hasMessageContaining("not a cursor")
			.extracting((ex) -> ((GraphInputException) ex).argument())
			.isEqualTo("after");
	}

}
