package de.integrationsnetz.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates the built-in bearer tokens. A token that is not one of them is left to
 * the single sign-on (JWT) provider if there is one, else refused.
 */
class StaticTokens implements AuthenticationProvider {

	private final List<SecuritySettings.Token> tokens;

	private final boolean singleSignOn;

	StaticTokens(List<SecuritySettings.Token> tokens, boolean singleSignOn) {
		this.tokens = tokens;
		this.singleSignOn = singleSignOn;
	}

	static String nameOf(SecuritySettings.Token token) {
		return (token.name() != null && !token.name().isBlank()) ? token.name()
				: "token-" + token.role().name().toLowerCase(Locale.ROOT);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		byte[] presented = ((BearerTokenAuthenticationToken) authentication).getToken()
			.getBytes(StandardCharsets.UTF_8);
		for (SecuritySettings.Token token : this.tokens) {
			if (token.token() != null && token.role() != null
					&& MessageDigest.isEqual(presented, token.token().getBytes(StandardCharsets.UTF_8))) {
				return UsernamePasswordAuthenticationToken.authenticated(nameOf(token), null,
						AuthorityUtils.createAuthorityList(token.role().authority()));
			}
		}
		if (this.singleSignOn) {
			return null;
		}
		throw new InvalidBearerTokenException("Unknown bearer token");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
