package de.integrationsnetz.apikeys;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS by allow-list: a page may call the API ({@code /graphql}) from the configured
 * origins and from the origins of active widget keys; any other origin's preflight is
 * refused. No cookies are involved (credentials are not allowed): callers send a key or a
 * token. The widgets' scripts and libraries ({@code /widgets/**}, {@code /webjars/**},
 * GET only) may be loaded from any page: ES modules from another origin need CORS, and
 * they hold no data.
 */
public class ApiKeyCors implements CorsConfigurationSource {

	private final ApiKeys keys;

	private final List<String> configured;

	public ApiKeyCors(ApiKeys keys, List<String> configured) {
		this.keys = keys;
		this.configured = configured;
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/widgets/") || path.startsWith("/webjars/")) {
			CorsConfiguration assets = new CorsConfiguration();
			assets.addAllowedOrigin("*");
			assets.setAllowedMethods(List.of("GET"));
			return assets;
		}
		if (!path.equals("/graphql")) {
			return null;
		}
		String origin = request.getHeader("Origin");
		CorsConfiguration configuration = new CorsConfiguration();
		if (origin != null && (this.configured.contains(origin) || this.keys.knownOrigins().contains(origin))) {
			configuration.addAllowedOrigin(origin);
		}
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization", ApiKeyFilter.HEADER));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(600L);
		return configuration;
	}

}
