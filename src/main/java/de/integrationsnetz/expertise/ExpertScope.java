package de.integrationsnetz.expertise;

/**
 * Where an expert sits: internal = currently working in a department of the
 * administration, external = currently working for an organisation.
 */
enum ExpertScope {

	INTERNAL, EXTERNAL, ALL

}
