package de.integrationsnetz.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it and as German spreadsheet programs write it: fields
 * separated by a comma or a semicolon (whichever the header line uses), fields with
 * separators, quotes or line breaks in double quotes, a doubled quote for a quote, lines
 * ending in LF or CRLF. Rows remember their line number for error messages.
 *
 * <p>
 * Bytes become text by {@link #decode(byte[], String)}: a UTF-8 byte order mark means
 * UTF-8; otherwise the bytes are read as strict UTF-8 and, if they are not valid UTF-8,
 * as Windows-1252 (Excel's default on German Windows). Bytes that are neither (in
 * Windows-1252 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined) are refused. A declared
 * encoding is used as it is, strictly.
 */
final class CsvReader {

	/** Excel's "CSV (Trennzeichen-getrennt)" encoding on German Windows. */
	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private CsvReader() {
	}

	/**
	 * A row of fields and the line it starts on (the header is line 1).
	 *
	 * @param line the 1-based line number of the row's first character
	 * @param fields the field values, empty fields as empty strings
	 */
	record Row(int line, List<String> fields) {

		/**
		 * Whether every field is empty or white space, as spreadsheet programs write for
		 * formatted but empty rows ({@code ;;;;}).
		 * @return true for a row without content
		 */
		boolean blank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * The charset a user named, e.g. {@code windows-1252}, {@code cp1252}, {@code UTF-8}.
	 * @param name the name, or null to detect
	 * @return the charset, or null for detection
	 * @throws IllegalArgumentException for a name Java does not know
	 */
	static Charset charset(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Charset.forName(name.strip());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new IllegalArgumentException("unknown encoding '" + name + "' (use UTF-8 or windows-1252)");
		}
	}

	/**
	 * Turns the bytes of a file into text: with a UTF-8 byte order mark as UTF-8, else as
	 * the declared encoding, else as UTF-8 if the bytes are valid UTF-8, else as
	 * Windows-1252. A UTF-8 byte order mark is dropped.
	 * @param bytes the file
	 * @param declared the encoding the user declared, or null to detect it
	 * @return the text
	 * @throws IllegalArgumentException if the bytes are not valid in the declared
	 * encoding, or neither UTF-8 nor Windows-1252; the message names the line
	 */
	static String decode(byte[] bytes, Charset declared) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			throw new IllegalArgumentException(
					"the file is UTF-16 (\"Unicode text\"); save it as \"CSV UTF-8\" or as CSV (Windows-1252)");
		}
		boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
				&& bytes[2] == (byte) 0xBF;
		if (bom) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (declared != null) {
			return stripBom(strict(bytes, 0, declared));
		}
		try {
			return strict(bytes, 0, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notUtf8) {
			try {
				return strict(bytes, 0, WINDOWS_1252);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						ex.getMessage().replaceFirst("^(line \\d+: )", "$1neither UTF-8 nor Windows-1252: "));
			}
		}
	}

	/** Decodes reporting the first byte the charset cannot read, with its line. */
	private static String strict(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		try {
			return decoder.decode(input).toString();
		}
		catch (CharacterCodingException ex) {
			// the decoder stops at the first bad byte; find it by decoding byte-wise
			// prefixes
			int bad = firstBadByte(bytes, offset, charset);
			int line = 1;
			for (int i = offset; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new IllegalArgumentException(
					"line " + line + ": byte 0x%02X is not valid %s".formatted(bytes[bad] & 0xFF, charset.name()));
		}
	}

	private static int firstBadByte(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		var output = java.nio.CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(input, output, true);
		return result.isError() ? input.position() : bytes.length - 1;
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * The separator the header line uses: a semicolon if it has more semicolons than
	 * commas outside quotes, else a comma.
	 * @param text the whole file
	 * @return {@code ;} or {@code ,}
	 */
	static char separator(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return (semicolons > commas) ? ';' : ',';
	}

	/**
	 * Parses CSV text into rows, the separator taken from the header line; the first row
	 * is the header. Blank lines are skipped, and so is a byte order mark.
	 * @param text the whole file
	 * @return the rows, header first
	 * @throws IllegalArgumentException on a quote that is never closed
	 */
	static List<Row> parse(String text) {
		String input = stripBom(text);
		return parse(input, separator(input));
	}

	/**
	 * Parses CSV text with a given separator.
	 * @param input the whole file, without byte order mark
	 * @param separator the field separator
	 * @return the rows, header first
	 */
	static List<Row> parse(String input, char separator) {
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
			else if (c == separator) {
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

	/**
	 * Writes one CSV line in the graph-seed format: comma-separated, a field quoted only
	 * if it contains a comma, a quote or a line break, ended by LF.
	 * @param fields the values, empty for none
	 * @return the line
	 */
	static String line(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String value = fields.get(i);
			if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(value);
			}
		}
		return line.append('\n').toString();
	}

}
