package de.integrationsnetz.widgets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the intranet widgets: the trusted-document filter, placed before Spring
 * Security (whose filter chain runs at order -100) so that access control sees the
 * substituted query and the document's name. CORS (every origin may load
 * {@code /widgets/**}; {@code /graphql} by the keys' origins) is the security
 * configuration's.
 */
@Configuration(proxyBeanMethods = false)
class WidgetsConfiguration {

	/** Before Spring Security's filter chain (-100). */
	static final int FILTER_ORDER = -200;

	@Bean
	FilterRegistrationBean<TrustedDocumentFilter> trustedDocumentFilter(TrustedDocuments documents,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		FilterRegistrationBean<TrustedDocumentFilter> registration = new FilterRegistrationBean<>(
				new TrustedDocumentFilter(documents, graphQlPath));
		registration.setOrder(FILTER_ORDER);
		registration.addUrlPatterns(graphQlPath);
		return registration;
	}

}
