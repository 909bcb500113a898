package de.integrationsnetz.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Maps a token of the city's single sign-on to roles: the values of the configured claim
 * (a dotted path such as {@code realm_access.roles}; a list, or one text of values
 * separated by spaces or commas) through the role mapping, or, without an entry, by name.
 * Values that map to no role are ignored; a token without any role is refused at the API.
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecuritySettings.Oidc oidc;

	JwtRoles(SecuritySettings.Oidc oidc) {
		this.oidc = oidc;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String value : values(jwt.getClaims())) {
			Role role = this.oidc.roleMapping().get(value);
			if (role == null) {
				role = byName(value);
			}
			if (role != null && role != Role.WIDGET) {
				authorities.add(new SimpleGrantedAuthority(role.authority()));
			}
		}
		String name = Callers.claim(jwt.getClaims(), this.oidc.nameClaim());
		return new JwtAuthenticationToken(jwt, authorities, (name != null) ? name : jwt.getSubject());
	}

	private List<String> values(Map<String, Object> claims) {
		Object value = claims;
		for (String part : this.oidc.rolesClaim().split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return List.of();
			}
			value = map.get(part);
		}
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((item) -> values.add(String.valueOf(item)));
		}
		else if (value instanceof String text) {
			for (String item : text.split("[\\s,]+")) {
				if (!item.isBlank()) {
					values.add(item);
				}
			}
		}
		return values;
	}

	private static Role byName(String value) {
		for (Role role : Role.values()) {
			if (role.name().equals(value.toUpperCase(Locale.ROOT))) {
				return role;
			}
		}
		return null;
	}

}
