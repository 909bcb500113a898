package de.integrationsnetz.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * RFC 4180 CSV as the seed files use it, and as German spreadsheet programs write it:
 * Windows-1252, byte order marks, semicolons, German headers.
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

	@Test
	void readsSemicolonSeparatedFilesAsTheHeaderLineShows() {
		String text = "id;name;beschreibung\r\na;\"Caritas; Herne\";mit, Komma\r\n";
		assertThat(CsvReader.separator(text)).isEqualTo(';');
		assertThat(CsvReader.parse(text)).extracting(CsvReader.Row::fields)
			.containsExactly(List.of("id", "name", "beschreibung"), List.of("a", "Caritas; Herne", "mit, Komma"));
		assertThat(CsvReader.separator("id,name,\"a;b;c\"\n")).isEqualTo(',');
	}

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() {
		byte[] plain = "id,name\na,Ausländerbehörde\n".getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[plain.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, bom, 3, plain.length);
		assertThat(CsvReader.decode(plain, null)).isEqualTo("id,name\na,Ausländerbehörde\n");
		assertThat(CsvReader.decode(bom, null)).isEqualTo("id,name\na,Ausländerbehörde\n");
		assertThat(CsvReader.decode(bom, CsvReader.WINDOWS_1252)).isEqualTo("id,name\na,Ausländerbehörde\n");
	}

	@Test
	void detectsWindows1252WhenTheBytesAreNotUtf8() {
		byte[] excel = "id;name\r\na;Ausländerbehörde – Straße €\r\n".getBytes(CsvReader.WINDOWS_1252);
		assertThat(CsvReader.decode(excel, null)).isEqualTo("id;name\r\na;Ausländerbehörde – Straße €\r\n");
		assertThat(CsvReader.decode(excel, CsvReader.charset("windows-1252")))
			.isEqualTo("id;name\r\na;Ausländerbehörde – Straße €\r\n");
	}

	@Test
	void refusesBytesThatAreNeitherUtf8NorWindows1252() {
		byte[] bytes = { 'i', 'd', '\n', 'a', (byte) 0xE4, (byte) 0x81, '\n' };
		assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.decode(bytes, null))
			.withMessage("line 2: neither UTF-8 nor Windows-1252: byte 0x81 is not valid windows-1252");
	}

	@Test
	void refusesBytesThatAreNotInTheDeclaredEncoding() {
		byte[] latin = "id\nÄ\n".getBytes(CsvReader.WINDOWS_1252);
		assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.decode(latin, StandardCharsets.UTF_8))
			.withMessage("line 2: byte 0xC4 is not valid UTF-8");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.charset("klingonisch"))
			.withMessageContaining("unknown encoding 'klingonisch'");
	}

	@Test
	void takesGermanHeadersIgnoringCaseUmlautsAndSpaces() {
		List<String> contract = List.of("id", "name", "status", "valid_from", "valid_until", "description");
		assertThat(ColumnNames.resolve("Gültig ab", contract)).isEqualTo("valid_from");
		assertThat(ColumnNames.resolve("GUELTIG-BIS", contract)).isEqualTo("valid_until");
		assertThat(ColumnNames.resolve(" Beschreibung ", contract)).isEqualTo("description");
		assertThat(ColumnNames.resolve("Valid From", contract)).isEqualTo("valid_from");
		assertThat(ColumnNames.resolve("Laufzeit", contract)).isNull();
		List<String> person = List.of("id", "name", "job_title", "email", "phone");
		assertThat(ColumnNames.resolve("Funktion", person)).isEqualTo("job_title");
		assertThat(ColumnNames.resolve("E-Mail", person)).isEqualTo("email");
		assertThat(ColumnNames.resolve("Funktion", List.of("from", "to", "since", "until", "function")))
			.isEqualTo("function");
	}

	@Test
	void writesLinesInTheSeedFormat() {
		assertThat(CsvReader.line(List.of("a", "Caritas, Herne", "sagt \"Hallo\"", "")))
			.isEqualTo("a,\"Caritas, Herne\",\"sagt \"\"Hallo\"\"\",\n");
	}

}
