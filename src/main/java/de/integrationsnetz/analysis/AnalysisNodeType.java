package de.integrationsnetz.analysis;

/**
 * The kinds of node of the analysis projection (GraphQL enum {@code AnalysisNodeType}).
 */
enum AnalysisNodeType {

	PERSON, DEPARTMENT, ORGANISATION, NETWORK, WORKING_GROUP;

	/** Departments, organisations, networks and working groups: the default view. */
	boolean institution() {
		return this != PERSON;
	}

}
