package de.integrationsnetz.hardening;

import java.time.Duration;

import de.integrationsnetz.neo4j.EmbeddedNeo4j;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The Neo4j transaction timeout ({@code integrationsnetz.limits.transaction-timeout}),
 * applied twice: every transaction the application opens (writes, imports, exports) asks
 * the driver for it; and the embedded database ends any transaction that runs longer,
 * reads in auto-commit included ({@code db.transaction.timeout}). With an external
 * server, set {@code db.transaction.timeout} in its {@code neo4j.conf} for reads as well.
 */
@Configuration(proxyBeanMethods = false)
class TransactionTimeouts {

	private static final Log logger = LogFactory.getLog(TransactionTimeouts.class);

	@Bean
	TransactionManagerCustomizer<AbstractPlatformTransactionManager> transactionTimeout(LimitsProperties limits) {
		return (manager) -> manager.setDefaultTimeout(seconds(limits.transactionTimeout()));
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ApplicationRunner embeddedTransactionTimeout(ObjectProvider<EmbeddedNeo4j> embedded, Driver driver,
			LimitsProperties limits) {
		return (args) -> {
			if (embedded.getIfAvailable() != null) {
				applyServerTimeout(driver, limits.transactionTimeout());
			}
		};
	}

	/**
	 * Sets the server's {@code db.transaction.timeout}, a dynamic setting: Neo4j then
	 * ends every transaction that runs longer, auto-commit reads included.
	 * @param driver the driver of a server the application may configure
	 * @param timeout the timeout
	 */
	static void applyServerTimeout(Driver driver, Duration timeout) {
		try (var session = driver.session()) {
			// the setting is server configuration, not data: the one statement of this
			// feature
			session
				.run("CALL dbms.setConfigValue('db.transaction.timeout', $timeout)",
						java.util.Map.of("timeout", timeout.toMillis() + "ms"))
				.consume();
		}
		logger.info("Neo4j transaction timeout: " + timeout.toMillis() + " ms");
	}

	private static int seconds(Duration timeout) {
		return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
	}

}
