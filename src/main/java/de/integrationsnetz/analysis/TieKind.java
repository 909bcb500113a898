package de.integrationsnetz.analysis;

/** Why two nodes of the projection are tied (GraphQL enum {@code TieKind}). */
enum TieKind {

	MEMBERSHIP, WORKING_GROUP, EVENT, CONTRACT, EMPLOYMENT, SUB_UNIT

}
