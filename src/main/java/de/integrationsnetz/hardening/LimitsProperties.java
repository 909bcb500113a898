package de.integrationsnetz.hardening;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep a hostile or careless request from taking the service down
 * ({@code integrationsnetz.limits.*}). Documents over a limit are refused before any
 * Cypher runs, each with its own {@code extensions.code}.
 *
 * @param maxDepth deepest nesting of fields, leaves included ({@code QUERY_TOO_DEEP})
 * @param maxComplexity highest cost of a query: every field costs 1 plus the cost of its
 * selections, multiplied by {@code first} where the field has that argument
 * ({@code QUERY_TOO_COMPLEX})
 * @param maxAliases most aliased fields in a document ({@code TOO_MANY_ALIASES})
 * @param maxDirectives most directives in a document ({@code TOO_MANY_DIRECTIVES})
 * @param maxTokens most grammar tokens of a document ({@code TOO_MANY_TOKENS})
 * @param maxCharacters most characters of a document ({@code TOO_MANY_TOKENS})
 * @param requestTimeout how long one request may run; fields not yet started by then
 * answer {@code REQUEST_TIMEOUT}
 * @param transactionTimeout how long one Neo4j transaction may run before Neo4j ends it
 */
@ConfigurationProperties("integrationsnetz.limits")
record LimitsProperties(Integer maxDepth, Integer maxComplexity, Integer maxAliases, Integer maxDirectives,
		Integer maxTokens, Integer maxCharacters, Duration requestTimeout, Duration transactionTimeout) {

	LimitsProperties {
		maxDepth = (maxDepth != null) ? maxDepth : 15;
		maxComplexity = (maxComplexity != null) ? maxComplexity : 5_000_000;
		maxAliases = (maxAliases != null) ? maxAliases : 30;
		maxDirectives = (maxDirectives != null) ? maxDirectives : 50;
		maxTokens = (maxTokens != null) ? maxTokens : 10_000;
		maxCharacters = (maxCharacters != null) ? maxCharacters : 100_000;
		requestTimeout = (requestTimeout != null) ? requestTimeout : Duration.ofSeconds(30);
		transactionTimeout = (transactionTimeout != null) ? transactionTimeout : Duration.ofSeconds(30);
	}

	/**
	 * The defaults, as documented in the README.
	 * @return limits with every default
	 */
	static LimitsProperties defaults() {
		return new LimitsProperties(null, null, null, null, null, null, null, null);
	}

}
