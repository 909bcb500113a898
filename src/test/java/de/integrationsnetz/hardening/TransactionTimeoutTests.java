package de.integrationsnetz.hardening;

import java.time.Duration;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Neo4j transaction timeout: the application's transactions ask for it, and a server
 * the application configures (the embedded one) applies it to every transaction.
 */
class TransactionTimeoutTests extends GraphIntegrationTest {

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Driver driver;

	@Test
	void transactionsOfTheApplicationHaveTheConfiguredTimeout() {
		assertThat(this.transactionManager).isInstanceOf(AbstractPlatformTransactionManager.class);
		assertThat(((AbstractPlatformTransactionManager) this.transactionManager).getDefaultTimeout()).isEqualTo(30);
	}

	@Test
	void setsTheServerTimeoutOnADatabaseItConfigures() {
		TransactionTimeouts.applyServerTimeout(this.driver, Duration.ofSeconds(30));
		try (var session = this.driver.session()) {
			String value = session.run("CALL dbms.listConfig('db.transaction.timeout') YIELD value RETURN value")
				.single()
				.get(0)
				.asString();
			assertThat(value).isEqualTo("30s");
		}
	}

}
