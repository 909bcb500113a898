package de.integrationsnetz.security;

import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's work contact data: STAFF and COORDINATOR see it; a widget only for persons
 * who consented to publication, otherwise null, with no error that tells whether there is
 * a value.
 */
class ContactConsentTests extends GraphIntegrationTest {

	private static final String PERSON = "{ node(id: \"%s\") { ... on Person { name email phone } } }";

	@BeforeEach
	void persons() {
		replaceFixture("consent-test-",
				"""
						CREATE (:Entity:Person {id: 'consent-test-yes', name: 'Consent Test Ja', searchName: 'consent test ja',
						  email: 'ja@consent.example', phone: '+49 2323 1', contactConsent: true, contactConsentOn: date('2026-01-15')})
						CREATE (:Entity:Person {id: 'consent-test-no', name: 'Consent Test Nein', searchName: 'consent test nein',
						  email: 'nein@consent.example', phone: '+49 2323 2'})
						""");
	}

	@AfterEach
	void remove() {
		replaceFixture("consent-test-", null);
	}

	@Test
	void widgetsSeeContactDataOnlyOfPersonsWhoConsented() {
		signInAs(Role.WIDGET);
		assertThat(person("consent-test-yes")).containsEntry("email", "ja@consent.example")
			.containsEntry("phone", "+49 2323 1");
		assertThat(person("consent-test-no")).containsEntry("name", "Consent Test Nein")
			.containsEntry("email", null)
			.containsEntry("phone", null);
	}

	@Test
	void staffAndCoordinatorsSeeContactDataOfEveryone() {
		for (Role role : new Role[] { Role.STAFF, Role.COORDINATOR }) {
			signInAs(role);
			assertThat(person("consent-test-no")).containsEntry("email", "nein@consent.example");
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> person(String id) {
		return graphQl().document(PERSON.formatted(id))
			.execute()
			.errors()
			.verify()
			.path("node")
			.entity(Map.class)
			.get();
	}

}
