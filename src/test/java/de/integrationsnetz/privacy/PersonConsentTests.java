package de.integrationsnetz.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.GraphQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's consent to the publication of their contact data: false unless given, its
 * day required with it, kept where the read API hands persons to field resolvers, and
 * read from and written to the seed format.
 */
class PersonConsentTests extends PrivacyTestSupport {

	private static final String PREFIX = "consent-test-";

	@Autowired
	private GraphQueries graphQueries;

	@AfterEach
	void removeTestData() {
		removeFixture(PREFIX);
	}

	@Test
	void refusesConsentWithoutItsDay() {
		Map<String, Object> result = createPerson(
				"id: \"" + PREFIX + "ohne-tag\", name: \"Ohne Tag\", contactConsent: true");
		assertThat(result).containsEntry("__typename", "ValidationFailed");
		assertThat(list(result.get("fieldErrors"))).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("field", "contactConsentOn")
				.containsEntry("code", "REQUIRED"));
		assertThat(entityExists(PREFIX + "ohne-tag")).isFalse();
	}

	@Test
	void storesConsentFalseUnlessGivenAndHandsItToFieldResolvers() {
		String id = PREFIX + "ohne";
		Map<String, Object> entity = map(createPerson("id: \"" + id + "\", name: \"Ohne Einwilligung\"").get("entity"));
		assertThat(entity).containsEntry("contactConsent", false).containsEntry("contactConsentOn", null);
		assertThat(storedProperties(id)).containsEntry("contactConsent", false);
		assertThat(this.graphQueries.findNode(id).orElseThrow().properties()).containsEntry("contactConsent", false);

		Map<String, Object> updated = updatePerson(
				"id: \"" + id + "\", version: 1, contactConsent: true, contactConsentOn: \"2026-11-02\"");
		assertThat(map(updated.get("entity"))).containsEntry("contactConsent", true)
			.containsEntry("contactConsentOn", "2026-11-02");
		assertThat(storedProperties(id)).containsEntry("contactConsent", true)
			.containsEntry("contactConsentOn", LocalDate.parse("2026-11-02"));
		assertThat(this.graphQueries.findNode(id).orElseThrow().properties()).containsEntry("contactConsent", true);

		Map<String, Object> withdrawn = updatePerson("id: \"" + id + "\", version: 2, contactConsent: false");
		assertThat(map(withdrawn.get("entity"))).containsEntry("contactConsent", false)
			.containsEntry("contactConsentOn", null);
		assertThat(storedProperties(id)).containsEntry("contactConsent", false).doesNotContainKey("contactConsentOn");
	}

	@Test
	void seedGivesConsentToFourFictionalPersons() {
		Map<String, Object> consenting = field(
				"{ persons(first: 100, where: { contactConsent: true }) { edges { node { id contactConsentOn } } } }",
				"persons");
		assertThat(ids(consenting)).containsExactlyInAnyOrder("alex-beispiel", "charlie-modell", "jule-beispielhaft",
				"kim-muster");
		assertThat(list(consenting.get("edges")))
			.allSatisfy((edge) -> assertThat(map(edge.get("node")).get("contactConsentOn")).isNotNull());
		assertThat(storedProperties("sam-exempel")).containsEntry("contactConsent", false);
	}

	@Test
	void importRefusesConsentWithoutItsDayAndDefaultsToNone() {
		String document = """
				mutation($files: [ImportFile!]!) {
				  importGraph(files: $files) { written errors { file line message } }
				}
				""";
		String refused = "id,name,job_title,email,phone,contact_consent,contact_consent_on,reviewed_on\n" + PREFIX
				+ "csv,Csv Person,,,,true,,\n";
		Map<String, Object> report = field(document,
				Map.of("files", List.of(Map.of("path", "nodes/Person.csv", "content", refused))), "importGraph");
		assertThat(report).containsEntry("written", false);
		assertThat(list(report.get("errors"))).singleElement()
			.satisfies((error) -> assertThat((String) error.get("message"))
				.contains("contact_consent_on (the day of the consent) is required"));
		assertThat(entityExists(PREFIX + "csv")).isFalse();

		String oldFormat = "id,name,job_title,email,phone\n" + PREFIX + "csv,Csv Person,,,\n";
		graphQl().document(document)
			.variable("files", List.of(Map.of("path", "nodes/Person.csv", "content", oldFormat)))
			.execute()
			.path("importGraph.written")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(storedProperties(PREFIX + "csv")).containsEntry("contactConsent", false)
			.containsEntry("reviewedOn", LocalDate.parse(TODAY));
	}

}
