package de.integrationsnetz.security;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns an authentication into the {@link Caller}: the role, the name for the audit
 * trail, and what finds the caller's Person (a configured person id for built-in users
 * and tokens, the e-mail claim for single sign-on).
 */
@Component
public class Callers {

	private final BuiltInCredentials credentials;

	private final SecuritySettings.Oidc oidc;

	Callers(BuiltInCredentials credentials, SecuritySettings settings) {
		this.credentials = credentials;
		this.oidc = settings.oidc();
	}

	/**
	 * The caller behind an authentication.
	 * @param authentication the authentication, may be null
	 * @return the caller, {@link Caller#ANONYMOUS} without one
	 */
	public Caller of(Authentication authentication) {
		Caller caller = Caller.of(authentication);
		if (caller == Caller.ANONYMOUS) {
			return caller;
		}
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			String name = claim(jwt.getClaims(), this.oidc.nameClaim());
			String email = claim(jwt.getClaims(), this.oidc.personClaim());
			return new Caller(caller.role(), (name != null) ? name : jwt.getSubject(), null, email);
		}
		String person = this.credentials.users()
			.stream()
			.filter((user) -> user.name().equals(caller.name()) && user.person() != null)
			.map(SecuritySettings.User::person)
			.findFirst()
			.or(() -> this.credentials.tokens()
				.stream()
				.filter((token) -> StaticTokens.nameOf(token).equals(caller.name()) && token.person() != null)
				.map(SecuritySettings.Token::person)
				.findFirst())
			.orElse(null);
		return new Caller(caller.role(), caller.name(), person, null);
	}

	static String claim(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

}
