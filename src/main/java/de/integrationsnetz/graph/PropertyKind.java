package de.integrationsnetz.graph;

/**
 * How a stored property is typed, filtered and ordered.
 */
public enum PropertyKind {

	/** Free text, filtered by the name search only. */
	TEXT,
	/** One value of a GraphQL enum, stored as its name; filterable by equality. */
	ENUM,
	/** A flag; filterable by equality. */
	BOOLEAN,
	/** A whole number, e.g. a year. */
	INTEGER,
	/** A calendar date, stored as a Neo4j {@code DATE}. */
	DATE

}
