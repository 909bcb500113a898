package de.integrationsnetz.apikeys;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.integrationsnetz.security.JsonErrors;
import de.integrationsnetz.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries a widget key ({@value #HEADER}) with the WIDGET role,
 * after checking, in this order: the key exists and is not revoked
 * ({@code INVALID_API_KEY}, 401), the page's origin is one of the key's
 * ({@code ORIGIN_NOT_ALLOWED}, 403), the key's rate limit ({@code RATE_LIMITED}, 429) and
 * that the request sends a trusted document ({@code TRUSTED_DOCUMENT_REQUIRED}, 403).
 */
public class ApiKeyFilter extends OncePerRequestFilter {

	/** The request header with the key's secret. */
	public static final String HEADER = "X-API-Key";

	/** Request attribute set (to the document's name) when a trusted document is used. */
	public static final String TRUSTED_DOCUMENT_ATTRIBUTE = "de.integrationsnetz.widgets.trustedDocument";

	private final ApiKeys keys;

	private final RateLimiter limiter = new RateLimiter();

	private final RequestAttributeSecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

	public ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader(HEADER);
		if (secret == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiKey> found = (secret.startsWith(ApiKeys.SECRET_PREFIX) && secret.length() < 200)
				? this.keys.bySecret(secret) : Optional.empty();
		if (found.isEmpty() || !found.get().active()) {
			JsonErrors.write(response, 401, "INVALID_API_KEY", "The widget key is unknown or revoked");
			return;
		}
		ApiKey key = found.get();
		String origin = request.getHeader("Origin");
		if (origin == null || !key.origins().contains(origin)) {
			JsonErrors.write(response, 403, "ORIGIN_NOT_ALLOWED", "This page's origin may not use the widget key");
			return;
		}
		long wait = this.limiter.acquire(key.id(), key.requestsPerMinute(), System.currentTimeMillis());
		if (wait > 0) {
			response.setHeader("Retry-After", Long.toString(wait));
			JsonErrors.write(response, 429, "RATE_LIMITED", "The widget key made too many requests; try again later");
			return;
		}
		if (request.getAttribute(TRUSTED_DOCUMENT_ATTRIBUTE) == null) {
			JsonErrors.write(response, 403, "TRUSTED_DOCUMENT_REQUIRED",
					"Widget keys may only send trusted documents (documentId)");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api-key:" + key.id(), null,
				AuthorityUtils.createAuthorityList(Role.WIDGET.authority())));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/graphql".equals(request.getServletPath()) && !"/graphql".equals(request.getRequestURI());
	}

}
