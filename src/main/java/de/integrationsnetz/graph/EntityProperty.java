package de.integrationsnetz.graph;

/**
 * A property of an entity as stored on its node and exposed under the same name in the
 * GraphQL schema.
 *
 * @param name the property and GraphQL field name (camelCase)
 * @param kind its type
 * @param required whether every node of the entity has it
 */
public record EntityProperty(String name, PropertyKind kind, boolean required) {

	static EntityProperty text(String name) {
		return new EntityProperty(name, PropertyKind.TEXT, false);
	}

	static EntityProperty required(String name, PropertyKind kind) {
		return new EntityProperty(name, kind, true);
	}

	static EntityProperty of(String name, PropertyKind kind) {
		return new EntityProperty(name, kind, false);
	}

	/**
	 * Whether a {@code where} filter matches this property by equality: every enum and
	 * flag field can be filtered.
	 * @return true for enums and flags
	 */
	public boolean filterable() {
		return this.kind == PropertyKind.ENUM || this.kind == PropertyKind.BOOLEAN;
	}

	/**
	 * Whether a connection can be ordered by this property.
	 * @return true for numbers and dates (names are always orderable)
	 */
	public boolean orderable() {
		return this.kind == PropertyKind.INTEGER || this.kind == PropertyKind.DATE;
	}

}
