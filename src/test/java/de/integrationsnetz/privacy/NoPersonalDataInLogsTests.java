package de.integrationsnetz.privacy;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session that creates, reads, searches, updates, refuses and exports a known person
 * writes neither the person's name nor their e-mail address to the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTests extends GraphIntegrationTest {

	private static final String NAME = "Quirina Protokollfrei";

	private static final String EMAIL = "quirina.protokollfrei@example.org";

	@Autowired
	private Neo4jClient neo4j;

	@AfterEach
	void removePerson() {
		replaceFixture("privacy-test-", null);
		this.neo4j.query("MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH 'privacy-test-' DELETE a").run();
	}

	@Test
	void logsNoNameOrEmailOfAPerson(CapturedOutput output) {
		graphQl()
			.document("mutation { createPerson(input: { id: \"privacy-test-quirina\", name: \"" + NAME + "\", email: \""
					+ EMAIL + "\" }) { __typename } }")
			.execute()
			.errors()
			.verify();
		graphQl()
			.document("mutation { updatePerson(input: { id: \"privacy-test-quirina\", version: 1, email: \"" + "kaputt-"
					+ EMAIL.replace("@", " ") + "\" }) { __typename } }")
			.execute()
			.errors()
			.verify();
		graphQl()
			.document("mutation { link(input: { type: SPEAKS, from: \"privacy-test-quirina\", to: \"tuerkisch\" }) "
					+ "{ __typename } }")
			.execute()
			.errors()
			.verify();
		graphQl()
			.document(
					"{ node(id: \"privacy-test-quirina\") { ... on Person { name email languages { totalCount } } } }")
			.execute()
			.errors()
			.verify();
		graphQl().document("{ search(text: \"Protokollfrei\") { totalCount } }").execute().errors().verify();
		graphQl().document("{ findExperts(language: \"tr\") { totalCount } }").execute().errors().verify();
		graphQl().document("{ changes(entityId: \"privacy-test-quirina\") { totalCount } }")
			.execute()
			.errors()
			.verify();
		graphQl().document("{ node(id: \"" + NAME + "\") { id } }").execute();
		graphQl().document("{ findExperts(topic: \"" + NAME + "\") { totalCount } }").execute();
		LoggerFactory.getLogger(NoPersonalDataInLogsTests.class).warn("privacy-test control line");
		assertThat(output.getAll()).as("the log is captured").contains("privacy-test control line");
		assertThat(output.getAll()).as("log output of the session")
			.doesNotContain(NAME)
			.doesNotContain(EMAIL)
			.doesNotContain("Protokollfrei");
	}

}
