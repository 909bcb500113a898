package de.integrationsnetz.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of Neo4j's {@code german} full-text analyzer (Lucene's
 * {@code GermanAnalyzer}) redone in Java, for the parts of a search that Lucene does not
 * analyze.
 *
 * <p>
 * The analyzer turns indexed text into terms: words, lower case, German stop words
 * dropped, then {@code GermanNormalizationFilter} (ä → a, ö → o, ü → u, ß → ss, and "ae",
 * "oe", "ue" → a, o, u, so "Behördentransparenz", "Behoerdentransparenz" and
 * "Behordentransparenz" give the same term), then {@code GermanLightStemFilter}
 * ("Integrationskurse" → "integrationskurs"). Lucene applies the analyzer to plain query
 * terms but not (fully) to prefix and fuzzy terms, so a search builds those from
 * {@link #term(String)} itself. A test checks these steps against Lucene's own classes.
 */
final class GermanAnalysis {

	private GermanAnalysis() {
	}

	/**
	 * Splits text into words: maximal runs of letters and digits (after Unicode NFC
	 * composition), in lower case. Everything else separates words, so no character with
	 * a meaning in Lucene's query syntax is ever part of a word.
	 * @param text any text
	 * @return the words in order, possibly none
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder word = new StringBuilder();
		composed.codePoints().forEach((codePoint) -> {
			if (Character.isLetterOrDigit(codePoint)) {
				word.appendCodePoint(Character.toLowerCase(codePoint));
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * The indexed form of a lower-case word: {@link #normalize(String)}, then
	 * {@link #stem(String)}.
	 * @param word a word from {@link #words(String)}
	 * @return the term the index holds for it (unless it is a stop word)
	 */
	static String term(String word) {
		return stem(normalize(word));
	}

	/**
	 * Lucene's {@code GermanNormalizationFilter}: ä, ö, ü become a, o, u; ß becomes ss;
	 * an "e" after "a", "o" or "u" is dropped, unless the "u" follows a vowel ("aue",
	 * "que" keep their "e").
	 * @param word a lower-case word
	 * @return the normalised word
	 */
	static String normalize(String word) {
		final int none = 0;
		final int vowel = 1;
		final int umlautCandidate = 2;
		StringBuilder result = new StringBuilder(word.length());
		int state = none;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			switch (c) {
				case 'a', 'o' -> {
					result.append(c);
					state = umlautCandidate;
				}
				case 'u' -> {
					result.append(c);
					state = (state == none) ? umlautCandidate : vowel;
				}
				case 'e' -> {
					if (state != umlautCandidate) {
						result.append(c);
					}
					state = vowel;
				}
				case 'i', 'q', 'y' -> {
					result.append(c);
					state = vowel;
				}
				case 'ä' -> {
					result.append('a');
					state = vowel;
				}
				case 'ö' -> {
					result.append('o');
					state = vowel;
				}
				case 'ü' -> {
					result.append('u');
					state = vowel;
				}
				case 'ß' -> {
					result.append("ss");
					state = none;
				}
				default -> {
					result.append(c);
					state = none;
				}
			}
		}
		return result.toString();
	}

	/**
	 * Lucene's {@code GermanLightStemmer}: accents on a, o, i, u removed, then common
	 * inflection endings ("-e", "-en", "-er", "-es", "-ern", "-s", "-est", "-st") cut
	 * from words long enough to keep a stem.
	 * @param word a normalised word
	 * @return its stem
	 */
	static String stem(String word) {
		char[] s = word.toCharArray();
		for (int i = 0; i < s.length; i++) {
			s[i] = switch (s[i]) {
				case 'ä', 'à', 'á', 'â' -> 'a';
				case 'ö', 'ò', 'ó', 'ô' -> 'o';
				case 'ï', 'ì', 'í', 'î' -> 'i';
				case 'ü', 'ù', 'ú', 'û' -> 'u';
				default -> s[i];
			};
		}
		int length = stemStep2(s, stemStep1(s, s.length));
		return new String(s, 0, length);
	}

	private static int stemStep1(char[] s, int len) {
		if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 'r' && s[len - 1] == 'n') {
			return len - 3;
		}
		if (len > 4 && s[len - 2] == 'e') {
			switch (s[len - 1]) {
				case 'm', 'n', 'r', 's' -> {
					return len - 2;
				}
				default -> {
				}
			}
		}
		if (len > 3 && s[len - 1] == 'e') {
			return len - 1;
		}
		if (len > 3 && s[len - 1] == 's' && stEnding(s[len - 2])) {
			return len - 1;
		}
		return len;
	}

	private static int stemStep2(char[] s, int len) {
		if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 's' && s[len - 1] == 't') {
			return len - 3;
		}
		if (len > 4 && s[len - 2] == 'e' && (s[len - 1] == 'r' || s[len - 1] == 'n')) {
			return len - 2;
		}
		if (len > 4 && s[len - 2] == 's' && s[len - 1] == 't' && stEnding(s[len - 3])) {
			return len - 2;
		}
		return len;
	}

	private static boolean stEnding(char c) {
		return switch (c) {
			case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't' -> true;
			default -> false;
		};
	}

}
