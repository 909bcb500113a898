package de.integrationsnetz.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names for matching that ignores case, umlaut spelling and ß.
 *
 * <p>
 * Every entity stores two folded forms of its name: {@code searchName}, with umlauts
 * spelled out ("Bürgerdienste" → "buergerdienste", "Straße" → "strasse"), and
 * {@code searchNameBare}, with umlauts reduced to their base letter ("burgerdienste"). A
 * {@code nameContains} filter folds the user's text both ways and matches if either form
 * is found, so "Bürger", "Buerger", "burger" and "BÜRGER" all find "Bürgerdienste", and
 * "strasse" finds "Straße". Both folds only replace single characters by fixed strings,
 * so a part of a word folds to a part of the folded word and no substring match is lost.
 */
public final class NameFolding {

	/** The stored property holding {@link #spelledOut(String)} of the name. */
	public static final String SEARCH_NAME = "searchName";

	/** The stored property holding {@link #bare(String)} of the name. */
	public static final String SEARCH_NAME_BARE = "searchNameBare";

	private NameFolding() {
	}

	/**
	 * Lower case, ß as "ss", umlauts spelled out as "ae", "oe", "ue", other diacritics
	 * removed, runs of white space as one space.
	 * @param text any text, may be null
	 * @return the folded text, or null for null
	 */
	public static String spelledOut(String text) {
		return fold(text, true);
	}

	/**
	 * Like {@link #spelledOut(String)} but with umlauts reduced to a, o, u.
	 * @param text any text, may be null
	 * @return the folded text, or null for null
	 */
	public static String bare(String text) {
		return fold(text, false);
	}

	private static String fold(String text, boolean spellOutUmlauts) {
		if (text == null) {
			return null;
		}
		String lower = text.strip().toLowerCase(Locale.GERMAN).replace("ß", "ss");
		if (spellOutUmlauts) {
			lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
		}
		String withoutMarks = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return withoutMarks.replaceAll("\\s+", " ");
	}

}
