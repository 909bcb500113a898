package de.integrationsnetz.graph;

import java.util.List;

/**
 * A field that navigates from an entity along one relationship type, in one direction.
 *
 * @param parentType the GraphQL type that has the field
 * @param field the field name
 * @param type the Neo4j relationship type
 * @param outgoing true if the relationship points from the parent to the related node
 * @param targetLabels the labels a related node may have (one, or several for an
 * {@code Actor})
 * @param single true for a field holding one node (the first current one), false for a
 * connection
 */
public record Relation(String parentType, String field, String type, boolean outgoing, List<String> targetLabels,
		boolean single) {

	/**
	 * The Cypher pattern from {@code parent} through {@code rel} to {@code node}, built
	 * only from this catalogue's constants, never from user input.
	 * @return e.g. {@code (parent)<-[rel:WORKS_IN]-(node:Person)}
	 */
	public String pattern() {
		String labels = String.join("|", this.targetLabels);
		return this.outgoing ? "(parent)-[rel:" + this.type + "]->(node:" + labels + ")"
				: "(parent)<-[rel:" + this.type + "]-(node:" + labels + ")";
	}

	/**
	 * The key under which the field is wired.
	 * @return {@code Type.field}
	 */
	public String coordinates() {
		return this.parentType + "." + this.field;
	}

}
