package de.integrationsnetz.security;

import graphql.introspection.Introspection;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Hands the caller of each request to the GraphQL execution (for the field rules and the
 * audit trail) and switches introspection off for widget keys: they send trusted
 * documents and have no use for the schema.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	private final Callers callers;

	CallerInterceptor(Callers callers) {
		this.callers = callers;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = this.callers.of(authentication(request));
		request.configureExecutionInput((input, builder) -> builder.graphQLContext((context) -> {
			context.put(AccessInstrumentation.CALLER, caller);
			if (caller.role() != Role.COORDINATOR && caller.role() != Role.STAFF) {
				context.put(Introspection.INTROSPECTION_DISABLED, true);
			}
		}).build());
		return chain.next(request);
	}

	private static Authentication authentication(WebGraphQlRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null) {
			return authentication;
		}
		Object stored = request.getAttributes()
			.get(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME);
		return (stored instanceof SecurityContext context) ? context.getAuthentication() : null;
	}

}
