package de.integrationsnetz.neo4j;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j when no external database is configured, that is when neither
 * {@code NEO4J_URI} nor {@code spring.neo4j.uri} has a value.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

	@Bean
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
			@Value("${integrationsnetz.limits.transaction-timeout:30s}") String transactionTimeout) {
		return new EmbeddedNeo4j(properties, DurationStyle.detectAndParse(transactionTimeout));
	}

}
