package de.integrationsnetz.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit settings.
 *
 * @param principal the name recorded as "who" for every write until access control names
 * the signed-in user (default {@code system})
 */
@ConfigurationProperties("integrationsnetz.audit")
public record AuditProperties(String principal) {

	public AuditProperties {
		principal = (principal != null && !principal.isBlank()) ? principal : "system";
	}

}
