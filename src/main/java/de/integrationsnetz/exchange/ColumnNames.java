package de.integrationsnetz.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The column headers an import accepts: the English column of the format, or one of its
 * German names. Headers are compared after folding: case, umlaut spelling ({@code ü} =
 * {@code ue}, {@code ß} = {@code ss}), spaces and hyphens ({@code _}) do not matter, so
 * "Gültig ab", "gueltig_ab" and "GUELTIG-AB" all name {@code valid_from}. The table is
 * the one in {@code graph-seed/README.md}.
 */
final class ColumnNames {

	/** English column → its German names, folded. */
	static final Map<String, Set<String>> GERMAN = german();

	private ColumnNames() {
	}

	private static Map<String, Set<String>> german() {
		Map<String, Set<String>> names = new LinkedHashMap<>();
		names.put("id", Set.of("id"));
		names.put("name", Set.of("name"));
		names.put("short_name", Set.of("kurzname"));
		names.put("kind", Set.of("art"));
		names.put("integration_relevant", Set.of("integrationsrelevant"));
		names.put("description", Set.of("beschreibung"));
		names.put("job_title", Set.of("funktion", "stellenbezeichnung"));
		names.put("email", Set.of("e_mail"));
		names.put("phone", Set.of("telefon"));
		names.put("contact_consent", Set.of("einwilligung_kontaktdaten", "einwilligung"));
		names.put("contact_consent_on", Set.of("einwilligung_am"));
		names.put("reviewed_on", Set.of("geprueft_am"));
		names.put("website", Set.of("webseite"));
		names.put("founded_year", Set.of("gruendungsjahr"));
		names.put("meeting_cadence", Set.of("sitzungsrhythmus"));
		names.put("status", Set.of("status"));
		names.put("date", Set.of("datum"));
		names.put("location", Set.of("ort"));
		names.put("name_en", Set.of("name_englisch"));
		names.put("code", Set.of("code"));
		names.put("needed", Set.of("benoetigt"));
		names.put("valid_from", Set.of("gueltig_ab"));
		names.put("valid_until", Set.of("gueltig_bis"));
		names.put("from", Set.of("von"));
		names.put("to", Set.of("nach"));
		names.put("since", Set.of("seit"));
		names.put("until", Set.of("bis"));
		names.put("function", Set.of("funktion"));
		names.put("role", Set.of("rolle"));
		names.put("level", Set.of("niveau"));
		names.put(SeedGraph.ARCHIVED_COLUMN, Set.of("archiviert"));
		return names;
	}

	/**
	 * Folds a header for comparison: lower case, umlauts spelled out, ß as ss, runs of
	 * spaces and hyphens as one underscore.
	 * @param header the header as written
	 * @return the folded header
	 */
	static String fold(String header) {
		String lower = header.strip().toLowerCase(Locale.GERMAN);
		lower = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		return lower.replaceAll("[\\s\\-_]+", "_");
	}

	/**
	 * The column of a file that a header names.
	 * @param header the header as written
	 * @param columns the columns the file may have (English)
	 * @return the English column, or null if the header names none of them
	 */
	static String resolve(String header, List<String> columns) {
		String folded = fold(header);
		for (String column : columns) {
			if (column.equals(folded) || GERMAN.getOrDefault(column, Set.of()).contains(folded)) {
				return column;
			}
		}
		return null;
	}

}
