package de.integrationsnetz.widgets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wiring of the intranet widgets: the trusted-document filter, placed before Spring
 * Security (whose filter chain runs at order -100) so that access control sees the
 * substituted query and the document's name; and CORS for {@code /widgets/**}, whose
 * scripts, manifest and status every page may load (module scripts are always fetched
 * with CORS). The GraphQL endpoint's CORS is access control's business: it depends on the
 * API key.
 */
@Configuration(proxyBeanMethods = false)
class WidgetsConfiguration implements WebMvcConfigurer {

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

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/widgets/**").allowedOrigins("*").allowedMethods("GET", "HEAD").allowCredentials(false);
	}

}
