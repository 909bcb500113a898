package de.integrationsnetz.search;

import java.util.List;
import java.util.Map;

/**
 * Which indexed property of a hit matched the search best.
 *
 * <p>
 * Lucene reports one score per node, not per property, so the field is worked out here,
 * the same way the query matches: every indexed property the hit has is analyzed like the
 * index does ({@link GermanAnalysis}), and each search word scores 3 if a term of the
 * property equals the word's term (the boosted exact part), else 2 if a term begins with
 * it (the prefix part), else 1 if a term is one edit away (the fuzzy part, for words that
 * have one), else 0. The property with the highest sum wins; ties go to the earlier one
 * in {@link #FIELDS} (name before short name, job title and description). If nothing
 * scores, the answer is {@code name}. The result depends only on the hit's properties and
 * the words, so it is the same on every call.
 */
final class MatchedField {

	/** The indexed properties, in the order that breaks ties. */
	static final List<String> FIELDS = List.of("name", "shortName", "jobTitle", "description");

	private static final int EXACT = 3;

	private static final int PREFIX = 2;

	private static final int FUZZY = 1;

	private MatchedField() {
	}

	/**
	 * The best matching property.
	 * @param properties the hit's stored properties
	 * @param search the search
	 * @return one of {@link #FIELDS}
	 */
	static String of(Map<String, Object> properties, SearchText search) {
		String best = FIELDS.get(0);
		int bestScore = 0;
		for (String field : FIELDS) {
			if (properties.get(field) instanceof String value) {
				List<String> terms = GermanAnalysis.words(value)
					.stream()
					.filter((word) -> !search.isStopWord(word))
					.map(GermanAnalysis::term)
					.toList();
				int score = search.words().stream().mapToInt((word) -> score(word, terms)).sum();
				if (score > bestScore) {
					best = field;
					bestScore = score;
				}
			}
		}
		return best;
	}

	private static int score(SearchText.Word word, List<String> terms) {
		int best = 0;
		for (String term : terms) {
			if (term.equals(word.term())) {
				return EXACT;
			}
			if (term.startsWith(word.term())) {
				best = Math.max(best, PREFIX);
			}
			else if (word.fuzzy() && withinOneEdit(term, word.term())) {
				best = Math.max(best, FUZZY);
			}
		}
		return best;
	}

	/**
	 * True if the two strings differ by at most one insertion, deletion, substitution or
	 * swap of neighbours, as Lucene's fuzzy query with one edit counts.
	 */
	static boolean withinOneEdit(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int start = 0;
		while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		int endA = a.length();
		int endB = b.length();
		while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
			endA--;
			endB--;
		}
		int restA = endA - start;
		int restB = endB - start;
		if (restA <= 1 && restB <= 1) {
			return true;
		}
		return restA == 2 && restB == 2 && a.charAt(start) == b.charAt(start + 1)
				&& a.charAt(start + 1) == b.charAt(start);
	}

}
