package de.integrationsnetz.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name matching ignores case, umlaut spelling and ß, whichever way round.
 */
class NameFoldingTests {

	@ParameterizedTest(name = "\"{1}\" finds \"{0}\"")
	@CsvSource(delimiter = '|', textBlock = """
			Fachbereich Bürgerdienste | bürger
			Fachbereich Bürgerdienste | Buerger
			Fachbereich Bürgerdienste | burger
			Fachbereich Bürgerdienste | BÜRGERDIENSTE
			Ausländerbehörde          | auslaenderbehoerde
			Ausländerbehörde          | Auslanderbehorde
			Straße der Vielfalt       | strasse
			STRASSE                   | Straße
			Öffentliche Ordnung       | oeffentliche  ordnung
			Quelle                    | el
			""")
	void matchesIgnoringCaseUmlautsAndSharpS(String name, String query) {
		boolean spelledOut = NameFolding.spelledOut(name).contains(NameFolding.spelledOut(query));
		boolean bare = NameFolding.bare(name).contains(NameFolding.bare(query));
		assertThat(spelledOut || bare).isTrue();
	}

	@Test
	void doesNotMatchOtherWords() {
		assertThat(NameFolding.spelledOut("Fachbereich Kultur")).doesNotContain(NameFolding.spelledOut("bürger"));
		assertThat(NameFolding.bare("Fachbereich Kultur")).doesNotContain(NameFolding.bare("bürger"));
	}

	@Test
	void keepsNull() {
		assertThat(NameFolding.spelledOut(null)).isNull();
		assertThat(NameFolding.bare(null)).isNull();
	}

}
