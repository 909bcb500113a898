package de.integrationsnetz.security;

/**
 * The roles a caller can have. A request without any of them (anonymous) reaches only the
 * health endpoints.
 */
public enum Role {

	/**
	 * The coordination office: everything, writes, audit trail, person-level analysis,
	 * keys.
	 */
	COORDINATOR,
	/** City staff: reads everything else, work contact data of persons included. */
	STAFF,
	/**
	 * A widget key: only fields marked {@code @public}, only trusted documents, no
	 * writes.
	 */
	WIDGET;

	/**
	 * The Spring Security authority of the role.
	 * @return e.g. {@code ROLE_STAFF}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
