package de.integrationsnetz.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code erasePerson} (Art. 17 DSGVO): afterwards no search, query, export, audit query
 * or raw scan of the graph holds the person's name, e-mail, phone or id; what stays is
 * one pseudonymised audit line per former entry and the ERASE entry.
 */
class PersonErasureTests extends PrivacyTestSupport {

	private static final String PREFIX = "erase-test-";

	private static final String ID = PREFIX + "zora";

	private static final String NAME = "Zora Löschbar";

	private static final String EMAIL = "zora.loeschbar@example.org";

	private static final String PHONE = "+49 2323 0000-777";

	private static final String ERASE = """
			mutation ($id: ID!, $version: Int!) { erasePerson(id: $id, expectedVersion: $version) {
			  __typename
			  ... on ErasureSuccess { pseudonym relationshipsDeleted auditEntriesPseudonymised }
			  ... on NotFound { id }
			  ... on Conflict { message current { id } }
			} }
			""";

	private String pseudonym;

	@AfterEach
	void removeTestData() {
		removeFixture(PREFIX);
		if (this.pseudonym != null) {
			this.neo4j.query("MATCH (a:AuditEntry {entityId: $p}) DELETE a").bind(this.pseudonym).to("p").run();
		}
	}

	@Test
	void leavesNoTraceButPseudonymisedAuditLines() {
		createPerson("id: \"" + ID + "\", name: \"" + NAME + "\", email: \"" + EMAIL + "\", jobTitle: \"Löschprobe\"");
		link("SPEAKS", ID, "tuerkisch");
		link("WORKS_IN", ID, "auslaenderbehoerde");
		updatePerson("id: \"" + ID + "\", version: 1, phone: \"" + PHONE + "\"");
		// an entry of another entity that names the person, and one the person made
		replaceFixture(PREFIX + "abteilung",
				"""
						CREATE (:Entity:Department {id: 'erase-test-abteilung', name: 'Löschabteilung', kind: 'DEPARTMENT',
						  integrationRelevant: false, version: 1})
						CREATE (:AuditEntry {id: 'erase-test-fremd', at: datetime('2026-11-20T10:00:00Z'), principal: 'system',
						  action: 'UPDATE', entityType: 'Department', entityId: 'erase-test-abteilung',
						  changes: '[{"field":"contact","before":null,"after":"erase-test-zora"},{"field":"description","before":null,"after":"Ansprechperson Zora Löschbar, zora.loeschbar@example.org"}]'})
						CREATE (:AuditEntry {id: 'erase-test-eigen', at: datetime('2026-11-21T10:00:00Z'),
						  principal: 'zora.loeschbar@example.org', action: 'UPDATE', entityType: 'Department',
						  entityId: 'erase-test-abteilung', changes: '[{"field":"name","before":"Alt","after":"Löschabteilung"}]'})
						""");
		Map<String, Object> before = field("{ analysis { personCentrality(top: 100) { node { id } } } }", "analysis");

		Map<String, Object> stale = field(ERASE, Map.of("id", ID, "version", 1), "erasePerson");
		assertThat(stale).containsEntry("__typename", "Conflict");
		assertThat(entityExists(ID)).isTrue();
		assertThat(field(ERASE, Map.of("id", PREFIX + "niemand", "version", 1), "erasePerson"))
			.containsEntry("__typename", "NotFound");
		assertThat(field(ERASE, Map.of("id", "tuerkisch", "version", 1), "erasePerson")).containsEntry("__typename",
				"NotFound");

		Map<String, Object> erased = field(ERASE, Map.of("id", ID, "version", 2), "erasePerson");
		assertThat(erased).containsEntry("__typename", "ErasureSuccess")
			.containsEntry("relationshipsDeleted", 2)
			.containsEntry("auditEntriesPseudonymised", 6);
		this.pseudonym = (String) erased.get("pseudonym");
		assertThat(this.pseudonym).matches("erased-[0-9a-f]{12}");
		assertThat(entityExists(ID)).isFalse();

		List<String> traces = List.of(ID, NAME, "Löschbar", EMAIL, PHONE);
		assertThat(rawGraph()).as("every node and relationship property")
			.contains(this.pseudonym, "Löschabteilung")
			.doesNotContain(traces);
		assertThat(json("{ search(text: \"Löschbar\") { edges { node { node { id } } } } }")).doesNotContain(traces);
		assertThat(json("{ persons(first: 100, where: { nameContains: \"Löschbar\" }) { totalCount } }"))
			.contains("totalCount=0");
		assertThat(json("{ persons(first: 100) { edges { node { id name email phone } } } }")).doesNotContain(traces);
		assertThat(json("{ reviewDue(months: 1, first: 100) { edges { node { id name } } } }")).doesNotContain(traces);
		assertThat(json(
				"{ node(id: \"tuerkisch\") { ... on Language { speakers(first: 100) { edges { node { id } } } } } }"))
			.doesNotContain(traces);
		assertThat(json("mutation { exportGraph(format: JSON) { files { content } } }")).doesNotContain(traces);
		assertThat(json("mutation { exportGraph(format: CSV) { files { content } } }")).doesNotContain(traces);
		assertThat(json(
				"{ changes(first: 100) { edges { node { principal entityId changes { field before after } } } } }"))
			.doesNotContain(traces);
		assertThat(json("{ analysis { personCentrality(top: 100) { node { id } } } }")).doesNotContain(traces);
		assertThat(before.toString()).contains(ID);
		graphQl().document("{ exportPersonData(id: \"" + ID + "\") { id } }")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify();

		List<Map<String, Object>> lines = list(field(
				"{ changes(entityId: \"" + this.pseudonym
						+ "\", first: 100) { edges { node { action principal changes { field before after } } } } }",
				"changes")
			.get("edges")).stream().map((edge) -> map(edge.get("node"))).toList();
		assertThat(lines).extracting((line) -> line.get("action"))
			.containsExactlyInAnyOrder("ERASE", "CREATE", "LINK", "LINK", "UPDATE");
		assertThat(lines).allSatisfy((line) -> assertThat(list(line.get("changes"))).isNotEmpty());
		lines.stream()
			.filter((line) -> !"ERASE".equals(line.get("action")))
			.forEach((line) -> assertThat(list(line.get("changes")))
				.allSatisfy((change) -> assertThat(change.get("before")).isNull())
				.allSatisfy((change) -> assertThat(change.get("after")).isNull()));
		assertThat(auditChanges("erase-test-fremd")).contains(this.pseudonym, "Ansprechperson [gelöscht], [gelöscht]");
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {id: 'erase-test-eigen'}) RETURN a.principal")
			.fetchAs(String.class)
			.one()).contains(this.pseudonym);
	}

	private String auditChanges(String entryId) {
		return this.neo4j.query("MATCH (a:AuditEntry {id: $id}) RETURN a.changes")
			.bind(entryId)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
	}

	/** A response as JSON text. */
	private String json(String document) {
		var response = graphQl().document(document).execute();
		response.errors().verify();
		return response.path("").entity(Object.class).get().toString();
	}

	/** Every property of every node and relationship, as text. */
	private String rawGraph() {
		List<String> values = new ArrayList<>();
		for (String cypher : List.of("MATCH (n) RETURN properties(n) AS p",
				"MATCH ()-[r]->() RETURN properties(r) AS p")) {
			this.neo4j.query(cypher).fetch().all().forEach((row) -> values.add(String.valueOf(row.get("p"))));
		}
		return String.join("\n", values);
	}

}
