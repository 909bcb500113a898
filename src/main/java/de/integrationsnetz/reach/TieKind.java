package de.integrationsnetz.reach;

/**
 * The relationship types an introduction path may run through (GraphQL enum
 * {@code TieKind}), each with how it reads in either direction.
 */
enum TieKind {

	/** Person, department or organisation → network or working group. */
	MEMBER_OF("member of", "has member"),

	/** Person → department or sub-unit. */
	WORKS_IN("works in", "has staff member"),

	/** Person → organisation. */
	WORKS_FOR("works for", "has staff member"),

	/**
	 * Sub-unit → department, working group → network. It counts: a sub-unit's staff reach
	 * their department's colleagues, and a working group's members reach the network it
	 * was formed in, the way the city's coordinators actually introduce people.
	 */
	PART_OF("part of", "includes");

	private final String forward;

	private final String backward;

	TieKind(String forward, String backward) {
		this.forward = forward;
		this.backward = backward;
	}

	/**
	 * How the tie reads from the previous step's node to the next one.
	 * @param direction which way the relationship points, seen from the previous step
	 * @return e.g. "member of" or "has member"
	 */
	String label(TieDirection direction) {
		return (direction == TieDirection.FORWARD) ? this.forward : this.backward;
	}

}
