package de.integrationsnetz.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.apikeys.ApiKeyCors;
import de.integrationsnetz.apikeys.ApiKeyFilter;
import de.integrationsnetz.apikeys.ApiKeys;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call what over HTTP (deny by default): health for everyone; the widgets' assets
 * for everyone; the explorer for everyone, or in {@code prod} only for signed-in
 * COORDINATOR and STAFF; {@code /graphql} for COORDINATOR, STAFF and WIDGET (the field
 * rules then decide per field, see {@link AccessInstrumentation}); everything else for no
 * one. Sign-in: HTTP Basic with the built-in users, bearer tokens (built-in, or JWTs of
 * the city's single sign-on when an issuer is configured), and widget keys
 * ({@link ApiKeyFilter}). Stateless: no session, no cookie, so no CSRF token is needed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String REALM = "Integrationsnetz";

	@Bean
	BuiltInCredentials builtInCredentials(SecuritySettings settings, ObjectProvider<JwtDecoder> jwtDecoder) {
		return BuiltInCredentials.of(settings, jwtDecoder.getIfAvailable() != null);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings,
			BuiltInCredentials credentials, ObjectProvider<JwtDecoder> jwtDecoder, ApiKeys keys) throws Exception {
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		List<AuthenticationProvider> bearerProviders = new ArrayList<>();
		bearerProviders.add(new StaticTokens(credentials.tokens(), decoder != null));
		if (decoder != null) {
			JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
			jwt.setJwtAuthenticationConverter(new JwtRoles(settings.oidc()));
			bearerProviders.add(jwt);
		}
		AuthenticationManager bearer = new ProviderManager(bearerProviders);
		boolean basic = !credentials.users().isEmpty();
		String[] explorer = { "/graphiql", "/graphiql/**", "/explorer/**" };
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.cors((cors) -> cors.configurationSource(new ApiKeyCors(keys, settings.corsAllowedOrigins())))
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
				requests.requestMatchers(HttpMethod.GET, "/widgets/**", "/webjars/**").permitAll();
				if (settings.explorerRequiresSignIn()) {
					requests.requestMatchers(explorer).hasAnyRole(Role.COORDINATOR.name(), Role.STAFF.name());
				}
				else {
					requests.requestMatchers(explorer).permitAll();
				}
				requests.requestMatchers("/graphql")
					.hasAnyRole(Role.COORDINATOR.name(), Role.STAFF.name(), Role.WIDGET.name());
				requests.requestMatchers("/actuator/**").hasAnyRole(Role.COORDINATOR.name(), Role.STAFF.name());
				requests.anyRequest().denyAll();
			})
			.oauth2ResourceServer((server) -> server.authenticationManagerResolver((request) -> bearer)
				.authenticationEntryPoint(refusal(401, "INVALID_TOKEN",
						"The bearer token is unknown, expired or invalid", "Bearer error=\"invalid_token\""))
				.accessDeniedHandler(forbidden()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						refusal(401, "UNAUTHENTICATED", "Sign in: HTTP Basic, a bearer token, or a widget key",
								basic ? "Basic realm=\"" + REALM + "\"" : null))
				.accessDeniedHandler(forbidden()))
			.addFilterBefore(new ApiKeyFilter(keys), BearerTokenAuthenticationFilter.class);
		if (basic) {
			http.httpBasic((httpBasic) -> httpBasic.realmName(REALM)
				.authenticationEntryPoint(refusal(401, "UNAUTHENTICATED", "User name or password is wrong",
						"Basic realm=\"" + REALM + "\"")));
		}
		return http.build();
	}

	@Bean
	UserDetailsService userDetailsService(BuiltInCredentials credentials) {
		List<UserDetails> users = new ArrayList<>();
		for (SecuritySettings.User user : credentials.users()) {
			if (user.name() == null || user.password() == null || user.role() == null) {
				throw new IllegalStateException(
						"Every integrationsnetz.security.users entry needs a name, a password and a role");
			}
			String password = user.password().startsWith("{") ? user.password() : "{plain}" + user.password();
			users.add(User.withUsername(user.name()).password(password).roles(user.role().name()).build());
		}
		return new InMemoryUserDetailsManager(users);
	}

	/**
	 * Passwords as {@code {bcrypt}…} or {@code {pbkdf2}…}, or plain (compared in constant
	 * time; fine for long generated passwords, and fast, as HTTP Basic checks the
	 * password on every request).
	 * @return the encoder
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("plain", Map.of("plain", new PlainPasswords(), "bcrypt",
				new BCryptPasswordEncoder(), "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	private static final class PlainPasswords implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return raw.toString();
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return raw != null && encoded != null && MessageDigest
				.isEqual(raw.toString().getBytes(StandardCharsets.UTF_8), encoded.getBytes(StandardCharsets.UTF_8));
		}

	}

	private static AuthenticationEntryPoint refusal(int status, String code, String message, String challenge) {
		return (request, response, exception) -> {
			if (challenge != null && request.getHeader(ApiKeyFilter.HEADER) == null) {
				response.setHeader("WWW-Authenticate", challenge);
			}
			JsonErrors.write(response, status, code, message);
		};
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> JsonErrors.write(response, 403, "FORBIDDEN",
				"Your role may not use this address");
	}

}
