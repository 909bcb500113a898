package de.integrationsnetz.privacy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code exportPersonData} (Art. 15 DSGVO) holds everything stored about a person: all
 * properties including the system ones, every relationship (ended ones included) with the
 * other end, and the audit entries about them; the same as one JSON document.
 */
class PersonDataExportTests extends PrivacyTestSupport {

	private static final String PREFIX = "export-test-";

	private static final String ID = PREFIX + "ina";

	private static final String EXPORT = """
			query ($id: ID!) { exportPersonData(id: $id) {
			  id exportedAt
			  properties { name value }
			  relationships { type direction otherId otherType otherName otherArchived properties { name value } }
			  auditEntries { action entityType entityId principal changes { field before after } }
			  json
			} }
			""";

	@AfterEach
	void removeTestData() {
		removeFixture(PREFIX);
	}

	@Test
	void exportsPropertiesRelationshipsAndAuditEntries() {
		createPerson("id: \"" + ID + "\", name: \"Ina Auskunft\", email: \"ina.auskunft@example.org\", "
				+ "contactConsent: true, contactConsentOn: \"2026-10-01\"");
		link("SPEAKS", ID, "tuerkisch");
		link("WORKS_IN", ID, "auslaenderbehoerde");
		graphQl()
			.document("mutation { endLink(input: { type: WORKS_IN, from: \"" + ID
					+ "\", to: \"auslaenderbehoerde\" }) { __typename } }")
			.execute()
			.errors()
			.verify();
		updatePerson("id: \"" + ID + "\", version: 1, phone: \"+49 2323 0000-555\"");

		Map<String, Object> export = field(EXPORT, Map.of("id", ID), "exportPersonData");

		Map<String, Object> properties = new java.util.HashMap<>();
		list(export.get("properties")).forEach((p) -> properties.put((String) p.get("name"), p.get("value")));
		assertThat(properties).containsEntry("name", "Ina Auskunft")
			.containsEntry("email", "ina.auskunft@example.org")
			.containsEntry("phone", "+49 2323 0000-555")
			.containsEntry("version", "2")
			.containsEntry("contactConsent", "true")
			.containsEntry("contactConsentOn", "2026-10-01")
			.containsEntry("reviewedOn", TODAY)
			.containsKey("searchName");

		List<Map<String, Object>> relationships = list(export.get("relationships"));
		assertThat(relationships).extracting((r) -> r.get("type") + ">" + r.get("otherId"))
			.containsExactlyInAnyOrder("SPEAKS>tuerkisch", "WORKS_IN>auslaenderbehoerde");
		Map<String, Object> ended = relationships.stream()
			.filter((r) -> "WORKS_IN".equals(r.get("type")))
			.findFirst()
			.orElseThrow();
		assertThat(ended).containsEntry("direction", "OUTGOING")
			.containsEntry("otherType", "Department")
			.containsEntry("otherName", "Ausländerbehörde");
		assertThat(list(ended.get("properties"))).contains(Map.of("name", "until", "value", TODAY));

		assertThat(list(export.get("auditEntries"))).extracting((e) -> e.get("action"))
			.containsExactlyInAnyOrder("CREATE", "LINK", "LINK", "END_LINK", "UPDATE");

		JsonNode json = JsonMapper.builder().build().readTree((String) export.get("json"));
		assertThat(json.get("format").asString()).isEqualTo("integrationsnetz-person/1");
		assertThat(json.get("properties").get("email").asString()).isEqualTo("ina.auskunft@example.org");
		assertThat(json.get("properties").get("version").asInt()).isEqualTo(2);
		assertThat(json.get("relationships")).hasSize(2);
		assertThat(json.get("auditEntries")).hasSize(5);
		assertThat(json.get("auditEntries").get(0).get("changes")).isNotEmpty();
	}

	@Test
	void unknownIdIsNotFound() {
		graphQl().document(EXPORT)
			.variable("id", PREFIX + "gibt-es-nicht")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify()
			.path("exportPersonData")
			.valueIsNull();
	}

}
