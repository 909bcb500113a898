package de.integrationsnetz.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * RFC 4180 CSV as the seed files use it.
 */
class CsvReaderTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<CsvReader.Row> rows = CsvReader.parse("id,name,description\r\n"
				+ "a,\"Caritas, Herne\",\"sagt \"\"Hallo\"\"\"\n" + "b,Zwei,\"zwei\nZeilen\"\n" + "c,Drei,\n");
		assertThat(rows).extracting(CsvReader.Row::fields)
			.containsExactly(List.of("id", "name", "description"), List.of("a", "Caritas, Herne", "sagt \"Hallo\""),
					List.of("b", "Zwei", "zwei\nZeilen"), List.of("c", "Drei", ""));
		assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 3, 5);
	}

	@Test
	void skipsByteOrderMarkAndBlankLines() {
		List<CsvReader.Row> rows = CsvReader.parse("\uFEFFid,name\n\na,Ä\n");
		assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(List.of("id", "name"), List.of("a", "Ä"));
	}

	@Test
	void refusesAnUnclosedQuote() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.parse("id,name\na,\"offen\n"))
			.withMessageContaining("line 2");
	}

}
