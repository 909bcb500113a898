package de.integrationsnetz.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.integrationsnetz.graph.GraphInputException;

/**
 * A client's search text, taken apart into words and turned into a Lucene query that
 * holds nothing the client typed as query syntax.
 *
 * <p>
 * The text is split into words of letters and digits ({@link GermanAnalysis#words}), so
 * Lucene's special characters ({@code + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /}) only ever
 * separate words, and lower-casing turns {@code AND}, {@code OR} and {@code NOT} into
 * ordinary words. German stop words ("und", "für", also spelled "fuer") are dropped: the
 * index does not hold them, so they could never match. Repeated words count once.
 *
 * <p>
 * Each remaining word becomes one group, and all groups must match (AND):
 * {@code (word^3 OR term* OR term~1)}, where {@code word} is the word as typed (lower
 * case), which Lucene analyzes like the indexed text, and {@code term} is its indexed
 * form ({@link GermanAnalysis#term}), which Lucene takes as it is in prefix and fuzzy
 * queries. So an exact word (in any umlaut spelling or inflection) scores highest, a word
 * that begins with the term matches too ("Wahlr" → "Wahlrecht"), and so does a term one
 * edit away ("Integrationskurss" → "Integrationskurse"). Terms shorter than three letters
 * or with digits get no fuzzy part: "AG" should not find "AK", nor 2025 find 2026.
 */
final class SearchText {

	/** The code of the error for an empty or blank search text. */
	static final String EMPTY_SEARCH_TEXT = "EMPTY_SEARCH_TEXT";

	/**
	 * The code of the error for a search text with more than {@link #MAX_WORDS} words.
	 */
	static final String SEARCH_TEXT_TOO_LONG = "SEARCH_TEXT_TOO_LONG";

	/** The most words a search may have (after stop words), so the query stays small. */
	static final int MAX_WORDS = 10;

	/** Terms shorter than this get no fuzzy part. */
	static final int MIN_FUZZY_LENGTH = 3;

	private final List<Word> words;

	private final Set<String> stopWords;

	private SearchText(List<Word> words, Set<String> stopWords) {
		this.words = words;
		this.stopWords = stopWords;
	}

	/**
	 * Takes a client's search text apart.
	 * @param text the text as the client sent it
	 * @param stopWords the analyzer's stop words, see {@link #stopWordsOf(Collection)}
	 * @return the words to search for; none if the text holds only punctuation, operators
	 * or stop words
	 * @throws GraphInputException with code {@value #EMPTY_SEARCH_TEXT} if the text is
	 * empty or white space only, with {@value #SEARCH_TEXT_TOO_LONG} if it has more than
	 * {@value #MAX_WORDS} words
	 */
	static SearchText parse(String text, Set<String> stopWords) {
		if (text == null || text.codePoints().allMatch(SearchText::isSpace)) {
			throw new GraphInputException(EMPTY_SEARCH_TEXT, "text",
					"The search text is empty; type a word to search for", Map.of());
		}
		Map<String, Word> byTerm = new LinkedHashMap<>();
		for (String word : GermanAnalysis.words(text)) {
			if (!isStopWord(word, stopWords)) {
				String term = GermanAnalysis.term(word);
				boolean fuzzy = term.length() >= MIN_FUZZY_LENGTH && term.chars().noneMatch(Character::isDigit);
				byTerm.putIfAbsent(term, new Word(word, term, fuzzy));
			}
		}
		if (byTerm.size() > MAX_WORDS) {
			throw new GraphInputException(SEARCH_TEXT_TOO_LONG, "text",
					"The search text has " + byTerm.size() + " words; search with at most " + MAX_WORDS,
					Map.of("maxWords", MAX_WORDS));
		}
		return new SearchText(List.copyOf(byTerm.values()), stopWords);
	}

	/**
	 * The stop words as a search compares them: as listed, and in their normalised
	 * spelling ("für" and "fur"), so "fuer" is a stop word too.
	 * @param listed the analyzer's stop words
	 * @return the set to pass to {@link #parse(String, Set)}
	 */
	static Set<String> stopWordsOf(Collection<String> listed) {
		Set<String> all = new HashSet<>(listed);
		listed.forEach((word) -> all.add(GermanAnalysis.normalize(word)));
		return Set.copyOf(all);
	}

	/**
	 * True if no word is left to search for.
	 * @return whether the search can only find nothing
	 */
	boolean isEmpty() {
		return this.words.isEmpty();
	}

	List<Word> words() {
		return this.words;
	}

	/**
	 * True if the index holds no term for the word.
	 * @param word a lower-case word
	 * @return whether it is a stop word
	 */
	boolean isStopWord(String word) {
		return isStopWord(word, this.stopWords);
	}

	/**
	 * The query for {@code db.index.fulltext.queryNodes}, built from the words alone.
	 * @return e.g. {@code (wahlr^3 OR wahlr*^2 OR wahlr~1)}
	 */
	String luceneQuery() {
		List<String> groups = new ArrayList<>(this.words.size());
		for (Word word : this.words) {
			String group = word.word() + "^3 OR " + word.term() + "*^2";
			if (word.fuzzy()) {
				group += " OR " + word.term() + "~1";
			}
			groups.add("(" + group + ")");
		}
		return groups.stream().collect(Collectors.joining(" AND "));
	}

	private static boolean isStopWord(String word, Set<String> stopWords) {
		return stopWords.contains(word) || stopWords.contains(GermanAnalysis.normalize(word));
	}

	private static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	/**
	 * One word of a search.
	 *
	 * @param word the word as typed, in lower case: letters and digits only
	 * @param term its indexed form ({@link GermanAnalysis#term(String)})
	 * @param fuzzy whether a term one edit away matches too
	 */
	record Word(String word, String term, boolean fuzzy) {
	}

}
