package de.integrationsnetz.security;

/**
 * Hears every access decision; the application has none, the role-matrix test one that
 * records which fields it has exercised for which role.
 */
public interface AccessDecisions {

	/** Hears nothing. */
	AccessDecisions NONE = (type, field, role, allowed) -> {
	};

	/**
	 * A decision was taken.
	 * @param type the object type
	 * @param field the field
	 * @param role the caller's role, or null
	 * @param allowed whether the field was resolved
	 */
	void decided(String type, String field, Role role, boolean allowed);

}
