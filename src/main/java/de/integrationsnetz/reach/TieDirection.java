package de.integrationsnetz.reach;

/**
 * Which way the relationship of an introduction step points, seen from the previous step
 * (GraphQL enum {@code TieDirection}).
 */
enum TieDirection {

	/** From the previous step's node to this step's node. */
	FORWARD,

	/** From this step's node to the previous step's node. */
	BACKWARD

}
