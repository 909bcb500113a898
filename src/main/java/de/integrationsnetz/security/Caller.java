package de.integrationsnetz.security;

import java.util.Arrays;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as the GraphQL layer sees it: the strongest role of the signed-in user
 * or widget key, the name the audit trail records, and how to find the caller's own
 * Person.
 *
 * @param role the role, or null for a caller without one (refused everywhere)
 * @param name the user name, token name or {@code api-key:<id>}
 * @param personId the id of the caller's Person if configured (built-in users and tokens)
 * @param personEmail the caller's e-mail address from single sign-on, to find their
 * Person
 */
public record Caller(Role role, String name, String personId, String personEmail) {

	/** The caller of a request that carries no authentication. */
	public static final Caller ANONYMOUS = new Caller(null, "anonymous", null, null);

	/**
	 * The caller behind an authentication: its strongest role (COORDINATOR before STAFF
	 * before WIDGET).
	 * @param authentication the authentication, may be null
	 * @return the caller
	 */
	public static Caller of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		Role role = Arrays.stream(Role.values())
			.filter((candidate) -> authentication.getAuthorities()
				.stream()
				.map(GrantedAuthority::getAuthority)
				.anyMatch(candidate.authority()::equals))
			.findFirst()
			.orElse(null);
		return new Caller(role, authentication.getName(), null, null);
	}

}
