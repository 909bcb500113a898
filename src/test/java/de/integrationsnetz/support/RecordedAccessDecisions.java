package de.integrationsnetz.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.integrationsnetz.security.AccessDecisions;
import de.integrationsnetz.security.Role;

/**
 * Records every access decision of the running application (per field and role), so the
 * role-matrix test can show that it exercised each field for each role and what was
 * decided.
 */
public class RecordedAccessDecisions implements AccessDecisions {

	/** A field of a type, e.g. {@code Person.email}. */
	public record Decision(String coordinates, Role role, boolean allowed) {
	}

	private final Set<Decision> decisions = ConcurrentHashMap.newKeySet();

	@Override
	public void decided(String type, String field, Role role, boolean allowed) {
		this.decisions.add(new Decision(type + "." + field, role, allowed));
	}

	/**
	 * The decisions taken so far.
	 * @return a copy
	 */
	public Set<Decision> all() {
		return Set.copyOf(this.decisions);
	}

	/**
	 * What was decided for the field and role, if anything.
	 * @param coordinates e.g. {@code Person.email}
	 * @param role the role, or null for anonymous
	 * @return true/false, or null if the field was not reached for the role
	 */
	public Boolean decision(String coordinates, Role role) {
		Boolean allowed = null;
		for (Decision decision : this.decisions) {
			if (decision.coordinates().equals(coordinates) && decision.role() == role) {
				if (allowed != null && allowed != decision.allowed()) {
					throw new IllegalStateException("Contradicting decisions for " + coordinates + " and " + role);
				}
				allowed = decision.allowed();
			}
		}
		return allowed;
	}

	/**
	 * Forgets every decision.
	 */
	public void clear() {
		this.decisions.clear();
	}

}
