package de.integrationsnetz.graph;

import java.util.Map;

/**
 * An entity node as read from Neo4j: its type (label), its id and its stored properties.
 *
 * @param type the GraphQL type name, equal to the entity's own label
 * @param id the slug id
 * @param properties the stored properties by name
 */
public record GraphNode(String type, String id, Map<String, Object> properties) {

	public Object get(String property) {
		return "id".equals(property) ? this.id : this.properties.get(property);
	}

}
