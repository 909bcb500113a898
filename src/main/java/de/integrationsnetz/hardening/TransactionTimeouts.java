package de.integrationsnetz.hardening;

import java.time.Duration;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The Neo4j transaction timeout ({@code integrationsnetz.limits.transaction-timeout}) for
 * every transaction the application opens (writes, imports, exports): the driver asks the
 * server to end it after that time. The embedded database applies the same timeout to all
 * transactions, reads in auto-commit included (see {@code EmbeddedNeo4jConfiguration});
 * with an external server, set {@code db.transaction.timeout} in its {@code neo4j.conf}
 * for those reads.
 */
@Configuration(proxyBeanMethods = false)
class TransactionTimeouts {

	@Bean
	TransactionManagerCustomizer<AbstractPlatformTransactionManager> transactionTimeout(LimitsProperties limits) {
		return (manager) -> manager.setDefaultTimeout(seconds(limits.transactionTimeout()));
	}

	private static int seconds(Duration timeout) {
		return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
	}

}
