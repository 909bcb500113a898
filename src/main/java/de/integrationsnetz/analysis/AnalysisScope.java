package de.integrationsnetz.analysis;

/** What the analysis covers (GraphQL enum {@code AnalysisScope}). */
enum AnalysisScope {

	WHOLE, NETWORK

}
