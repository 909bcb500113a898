package de.integrationsnetz.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque connection cursors. A cursor encodes the position of an edge in its ordered
 * list; clients pass it back as {@code after} and must not build one themselves.
 */
public final class Cursors {

	private static final String PREFIX = "position:";

	private Cursors() {
	}

	public static String encode(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor.
	 * @param cursor a cursor from an earlier page
	 * @return the position the cursor stands for
	 * @throws GraphInputException if the text is no cursor of this API
	 */
	public static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new GraphInputException("after", "'after' is not a cursor of this API; pass an edge's cursor");
	}

}
