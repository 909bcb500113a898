package de.integrationsnetz.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code integrationsnetz.security.*}); the README's security section
 * explains them.
 *
 * @param users built-in users (HTTP Basic): name, password (plain, or a Spring Security
 * encoded value such as {@code {bcrypt}…}), role, optional person id
 * @param tokens built-in bearer tokens: token, role, optional name and person id
 * @param credentialsFile where generated credentials are kept when no users, tokens or
 * single sign-on are configured
 * @param explorerRequiresSignIn whether the explorer page needs a signed-in COORDINATOR
 * or STAFF (on in {@code prod})
 * @param corsAllowedOrigins origins whose pages may call the API besides those of active
 * widget keys
 * @param oidc how tokens from the city's single sign-on map to roles and persons
 */
@ConfigurationProperties("integrationsnetz.security")
public record SecuritySettings(List<User> users, List<Token> tokens, Path credentialsFile,
		Boolean explorerRequiresSignIn, List<String> corsAllowedOrigins, Oidc oidc) {

	public SecuritySettings {
		users = (users != null) ? users : List.of();
		tokens = (tokens != null) ? tokens : List.of();
		credentialsFile = (credentialsFile != null) ? credentialsFile : Path.of("data", "credentials.properties");
		explorerRequiresSignIn = (explorerRequiresSignIn != null) ? explorerRequiresSignIn : Boolean.FALSE;
		corsAllowedOrigins = (corsAllowedOrigins != null) ? corsAllowedOrigins : List.of();
		oidc = (oidc != null) ? oidc : new Oidc(null, null, null, null);
	}

	/**
	 * A built-in user.
	 *
	 * @param name the user name
	 * @param password the password
	 * @param role the role
	 * @param person the id of the user's Person, for {@code me}
	 */
	public record User(String name, String password, Role role, String person) {
	}

	/**
	 * A built-in bearer token.
	 *
	 * @param token the token (at least 32 characters)
	 * @param role the role
	 * @param name who uses it, for the audit trail
	 * @param person the id of the token holder's Person, for {@code me}
	 */
	public record Token(String token, Role role, String name, String person) {
	}

	/**
	 * Mapping of single sign-on (JWT) claims.
	 *
	 * @param rolesClaim the claim holding the roles, a dotted path for nested claims
	 * (default {@code roles}; Keycloak: {@code realm_access.roles})
	 * @param roleMapping claim values to roles, e.g.
	 * {@code integration-office: COORDINATOR}; without an entry a value that names a role
	 * (any case) is that role
	 * @param nameClaim the claim naming the user in the audit trail (default
	 * {@code preferred_username}, then {@code sub})
	 * @param personClaim the claim holding the e-mail address that finds the user's
	 * Person (default {@code email})
	 */
	public record Oidc(String rolesClaim, Map<String, Role> roleMapping, String nameClaim, String personClaim) {

		public Oidc {
			rolesClaim = (rolesClaim != null && !rolesClaim.isBlank()) ? rolesClaim : "roles";
			roleMapping = (roleMapping != null) ? roleMapping : Map.of();
			nameClaim = (nameClaim != null && !nameClaim.isBlank()) ? nameClaim : "preferred_username";
			personClaim = (personClaim != null && !personClaim.isBlank()) ? personClaim : "email";
		}

	}

}
