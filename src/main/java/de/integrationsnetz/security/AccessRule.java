package de.integrationsnetz.security;

import java.util.Map;

import de.integrationsnetz.graph.GraphNode;

/**
 * The access rules a schema field can carry, each a directive of the same name in lower
 * case ({@code @public}, {@code @staff}, {@code @coordinator}, {@code @contact}).
 */
public enum AccessRule {

	/** Every role, widget keys included. */
	PUBLIC,
	/** STAFF and COORDINATOR. */
	STAFF,
	/** COORDINATOR only. */
	COORDINATOR,
	/**
	 * A person's work contact data: STAFF and COORDINATOR; WIDGET only for a person who
	 * consented to publication, otherwise null without an error.
	 */
	CONTACT;

	/** The Person property that records consent to publish work contact data. */
	public static final String CONSENT_PROPERTY = "contactConsent";

	/**
	 * The directive's name in the schema.
	 * @return e.g. {@code public}
	 */
	public String directive() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Whether the role may read a field with this rule at all (for {@link #CONTACT} a
	 * widget may, but sees the value only where {@link #reveals} says so).
	 * @param role the caller's role, or null
	 * @return true if the field is resolved for the role
	 */
	public boolean allows(Role role) {
		if (role == null) {
			return false;
		}
		return switch (this) {
			case PUBLIC, CONTACT -> true;
			case STAFF -> role == Role.STAFF || role == Role.COORDINATOR;
			case COORDINATOR -> role == Role.COORDINATOR;
		};
	}

	/**
	 * Whether the value of an allowed field is shown to the role for this source object;
	 * only {@link #CONTACT} hides anything: from widgets, unless the person consented.
	 * @param role the caller's role
	 * @param source the object the field belongs to (a person)
	 * @return true if the value is shown, false if the field reads as null
	 */
	public boolean reveals(Role role, Object source) {
		if (this != CONTACT || role != Role.WIDGET) {
			return true;
		}
		Object consent = null;
		if (source instanceof GraphNode node) {
			consent = node.get(CONSENT_PROPERTY);
		}
		else if (source instanceof Map<?, ?> map) {
			consent = map.get(CONSENT_PROPERTY);
		}
		return Boolean.TRUE.equals(consent);
	}

}
