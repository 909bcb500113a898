package de.integrationsnetz.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it: comma-separated, fields with commas, quotes or line
 * breaks in double quotes, a doubled quote for a quote. A byte order mark at the start is
 * skipped. Rows remember their line number for error messages.
 */
final class CsvReader {

	private CsvReader() {
	}

	/**
	 * A row of fields and the line it starts on (the header is line 1).
	 *
	 * @param line the 1-based line number of the row's first character
	 * @param fields the field values, empty fields as empty strings
	 */
	record Row(int line, List<String> fields) {
	}

	/**
	 * Parses CSV text into rows; the first row is the header. Blank lines are skipped.
	 * @param text the whole file
	 * @return the rows, header first
	 * @throws IllegalArgumentException on a quote that is never closed
	 */
	static List<Row> parse(String text) {
		String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < input.length() && input.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
					fields.add(field.toString());
					rows.add(new Row(rowLine, List.copyOf(fields)));
				}
				fields.clear();
				field.setLength(0);
				fieldStarted = false;
				line++;
				rowLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("line " + rowLine + ": a quoted field is not closed");
		}
		if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			rows.add(new Row(rowLine, List.copyOf(fields)));
		}
		return rows;
	}

}
