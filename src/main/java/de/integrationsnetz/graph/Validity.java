package de.integrationsnetz.graph;

/**
 * Validity over time. Every relationship may carry {@code since} (first day it held) and
 * {@code until} (last day it held, inclusive); a missing value means "open". A
 * relationship is current on a day when {@code since} is not after that day and
 * {@code until} is not before it. Reads show the current state: ended relationships stay
 * in the graph for history and the annual report but are not navigated.
 */
public final class Validity {

	/**
	 * Cypher predicate on the relationship {@code rel}, with the day as parameter
	 * {@code $today}.
	 */
	static final String CURRENT = "(rel.since IS NULL OR rel.since <= $today) AND (rel.until IS NULL OR rel.until >= $today)";

	private Validity() {
	}

	/**
	 * The predicate {@link #CURRENT} for another relationship variable.
	 * @param variable the variable of the relationship in the query (a constant of the
	 * query, never user input)
	 * @return the Cypher predicate, with the day as parameter {@code $today}
	 */
	public static String current(String variable) {
		return CURRENT.replace("rel.", variable + ".");
	}

}
