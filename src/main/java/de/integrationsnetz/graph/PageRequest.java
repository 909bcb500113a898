package de.integrationsnetz.graph;

/**
 * Which part of a list to read, from the Relay arguments {@code first} and {@code after}.
 *
 * @param offset how many items to skip
 * @param limit how many items to read
 */
public record PageRequest(int offset, int limit) {

	/** Page size when {@code first} is not given. */
	public static final int DEFAULT_FIRST = 20;

	/** The largest page a client may ask for. */
	public static final int MAX_FIRST = 100;

	public static PageRequest of(Integer first, String after) {
		int limit = (first != null) ? first : DEFAULT_FIRST;
		if (limit < 0 || limit > MAX_FIRST) {
			throw new GraphInputException("first", "'first' must be between 0 and " + MAX_FIRST + ", was " + limit);
		}
		int offset = (after != null) ? Cursors.decode(after) + 1 : 0;
		return new PageRequest(offset, limit);
	}

	/**
	 * The opaque cursor of an item of this page.
	 * @param index the item's index within the page
	 * @return the cursor of its position in the whole list
	 */
	public String cursor(int index) {
		return Cursors.encode(this.offset + index);
	}

	/**
	 * Relay page information for this page.
	 * @param count how many items the page holds
	 * @param total how many items the whole list has
	 * @return where the page lies in the list
	 */
	public Connection.PageInfo pageInfo(int count, int total) {
		String start = (count == 0) ? null : cursor(0);
		String end = (count == 0) ? null : cursor(count - 1);
		return new Connection.PageInfo(this.offset + count < total, this.offset > 0, start, end);
	}

}
