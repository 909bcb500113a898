package de.integrationsnetz.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.integrationsnetz.security.Role;
import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes: create, update, archive, restore, link and end links, with field-level
 * validation, optimistic locking, one transaction per mutation and an audit entry per
 * write. Every entity made here has an id starting with {@value #PREFIX} and is removed
 * afterwards, with its audit entries.
 */
class EditingTests extends GraphIntegrationTest {

	static final String PREFIX = "edit-test-";

	private static final String RESULT = """
			__typename
			... on EntitySuccess { entity { id ... on Node { id } } }
			... on ValidationFailed { message fieldErrors { field message code } }
			... on NotFound { message id }
			... on Conflict { message current { id } }
			""";

	private static final String LINK_RESULT = """
			__typename
			... on LinkSuccess { from { id } to { id } properties { type since until role function level } }
			... on ValidationFailed { message fieldErrors { field message code } }
			... on NotFound { message id }
			... on Conflict { message current { id } }
			""";

	@Autowired
	private Neo4jClient neo4j;

	@AfterEach
	void removeTestData() {
		this.neo4j.query("DROP CONSTRAINT edit_test_audit IF EXISTS").run();
		this.neo4j.query("""
				MATCH (n) WHERE n.id STARTS WITH $prefix OR n.entityId STARTS WITH $prefix
				  OR (n:AuditEntry AND n.changes CONTAINS $prefix)
				DETACH DELETE n
				""").bind(PREFIX).to("prefix").run();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Department   | kind: STAFF_UNIT, integrationRelevant: true
			Person       | jobTitle: "Sachbearbeitung", email: "test@example.org", phone: "+49 2323 0000-999"
			Organisation | kind: ASSOCIATION, website: "https://verein.example.org"
			Network      | kind: INTERNAL, foundedYear: 2024, meetingCadence: QUARTERLY
			WorkingGroup | status: OPEN
			Event        | kind: MEETING, date: "2026-11-20"
			Topic        | description: "Ein Testthema"
			TargetGroup  | description: "Eine Testgruppe"
			Language     | code: "qq", needed: true, nameEn: "Testish"
			Offering     | kind: SERVICE
			Channel      | description: "Ein Testkanal"
			Contract     | status: DRAFT, validFrom: "2027-01-01", validUntil: "2027-12-31"
			""")
	void createsAndUpdatesEveryEntityTypeWithVersionsAndAudit(String type, String fields) {
		String id = PREFIX + type.toLowerCase();
		Map<String, Object> created = entity(
				mutate("create" + type, "{ id: \"" + id + "\", name: \"Test " + type + " Größe\", " + fields + " }"));
		assertThat(created).containsEntry("id", id);
		assertThat(read(id)).containsEntry("version", 1).containsEntry("name", "Test " + type + " Größe");
		entity(mutate("update" + type, "{ id: \"" + id + "\", version: 1, name: \"Test " + type + " neu\" }"));
		assertThat(read(id)).containsEntry("version", 2).containsEntry("name", "Test " + type + " neu");
		assertThat(changes(id)).extracting((entry) -> entry.get("action")).containsExactly("UPDATE", "CREATE");
		assertThat(firstChange(id)).containsEntry("field", "name")
			.containsEntry("before", "Test " + type + " Größe")
			.containsEntry("after", "Test " + type + " neu");
	}

	@Test
	void makesASlugFromTheNameWhenNoIdIsGiven() {
		Map<String, Object> created = entity(mutate("createTopic", "{ name: \"Edit Test Straßenfest Übung\" }"));
		assertThat(created.get("id")).isEqualTo("edit-test-strassenfest-uebung");
		Map<String, Object> second = entity(mutate("createTopic", "{ name: \"Edit-Test Strassenfest-Uebung 2\" }"));
		assertThat(second.get("id")).isEqualTo("edit-test-strassenfest-uebung-2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					missing name         | createPerson       | { id: "edit-test-p1" }                                                   | name        | REQUIRED
					missing kind         | createOrganisation | { id: "edit-test-o1", name: "Edit Test Org" }                            | kind        | REQUIRED
					name too long        | createTopic        | { id: "edit-test-t1", name: "%s" }                                         | name        | TOO_LONG
					e-mail format        | createPerson       | { id: "edit-test-p2", name: "P", email: "keine-adresse" }                | email       | INVALID_FORMAT
					phone format         | createPerson       | { id: "edit-test-p3", name: "P", phone: "0800-HALLO" }                   | phone       | INVALID_FORMAT
					website format       | createOrganisation | { id: "edit-test-o2", name: "O", kind: CHURCH, website: "ftp://x" }      | website     | INVALID_FORMAT
					language code        | createLanguage     | { id: "edit-test-l1", name: "L", code: "deu", needed: false }            | code        | INVALID_FORMAT
					year out of range    | createNetwork      | { id: "edit-test-n1", name: "N", kind: INTERNAL, foundedYear: 1200 }     | foundedYear | INVALID_VALUE
					date order           | createContract     | { id: "edit-test-c1", name: "C", status: ACTIVE, validFrom: "2027-01-01", validUntil: "2026-01-01" } | validUntil | DATE_ORDER
					invalid id           | createTopic        | { id: "Kein Slug!", name: "T" }                                          | id          | INVALID_FORMAT
					id used by any label | createTopic        | { id: "fb-buergerdienste", name: "T" }                                   | id          | DUPLICATE
					duplicate name       | createTopic        | { id: "edit-test-t2", name: "SPRACHFOERDERUNG" }                         | name        | DUPLICATE
					duplicate code       | createLanguage     | { id: "edit-test-l2", name: "Edit Testisch", code: "tr", needed: false } | code        | DUPLICATE
					""")
	void refusesInvalidInputWithAMessagePerFieldAndWritesNothing(String rule, String mutation, String input,
			String field, String code) {
		long before = count();
		Map<String, Object> result = mutate(mutation, input.formatted("x".repeat(201)));
		assertThat(result).containsEntry("__typename", "ValidationFailed");
		assertThat(list(result.get("fieldErrors"))).anySatisfy((error) -> {
			assertThat(error).containsEntry("field", field).containsEntry("code", code);
			assertThat((String) error.get("message")).as("message names the field").contains(field);
		});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesAStaleVersionWithConflictAndTheCurrentState() {
		entity(mutate("createTopic", "{ id: \"edit-test-stale\", name: \"Edit Test Stale\" }"));
		entity(mutate("updateTopic", "{ id: \"edit-test-stale\", version: 1, description: \"erste\" }"));
		Map<String, Object> result = mutate("updateTopic",
				"{ id: \"edit-test-stale\", version: 1, description: \"zweite\" }");
		assertThat(result).containsEntry("__typename", "Conflict");
		assertThat(map(result.get("current"))).containsEntry("id", "edit-test-stale");
		assertThat(read("edit-test-stale")).containsEntry("description", "erste").containsEntry("version", 2);
	}

	@Test
	void letsExactlyOneOfTwoConcurrentUpdatesOfOneVersionWin() throws Exception {
		entity(mutate("createTopic", "{ id: \"edit-test-race\", name: \"Edit Test Race\" }"));
		for (int round = 0; round < 5; round++) {
			long version = ((Number) read("edit-test-race").get("version")).longValue();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<String>> outcomes = new ArrayList<>();
			for (String text : List.of("A" + round, "B" + round)) {
				outcomes.add(pool.submit(() -> {
					signInAs(Role.COORDINATOR);
					start.await();
					return (String) mutate("updateTopic",
							"{ id: \"edit-test-race\", version: " + version + ", description: \"" + text + "\" }")
						.get("__typename");
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			pool.shutdown();
			assertThat(results).containsExactlyInAnyOrder("EntitySuccess", "Conflict");
			assertThat(read("edit-test-race")).containsEntry("version", (int) version + 1);
		}
	}

	@Test
	void refusesInvalidUpdatesStaleArchivesAndEndsBeforeTheStart() {
		entity(mutate("createPerson", "{ id: \"edit-test-upd\", name: \"Edit Test Person\" }"));
		Map<String, Object> invalid = mutate("updatePerson",
				"{ id: \"edit-test-upd\", version: 1, email: \"keine-adresse\", name: \"\" }");
		assertThat(invalid).containsEntry("__typename", "ValidationFailed");
		assertThat(list(invalid.get("fieldErrors"))).extracting((error) -> error.get("code"))
			.containsExactlyInAnyOrder("INVALID_FORMAT", "REQUIRED");
		assertThat(read("edit-test-upd")).containsEntry("name", "Edit Test Person").containsEntry("version", 1);
		assertThat(mutateArchive("archive", "edit-test-upd", 7)).containsEntry("__typename", "Conflict");
		assertThat(read("edit-test-upd")).containsEntry("version", 1);
		entity(mutate("createTopic", "{ id: \"edit-test-end\", name: \"Edit Test Ende\" }"));
		assertThat(link("HAS_EXPERTISE", "edit-test-upd", "edit-test-end", "level: BASIC, since: \"2026-01-01\""))
			.containsEntry("__typename", "LinkSuccess");
		Map<String, Object> early = mutateLink("endLink",
				"{ type: HAS_EXPERTISE, from: \"edit-test-upd\", to: \"edit-test-end\", until: \"2025-12-31\" }");
		assertThat(early).containsEntry("__typename", "ValidationFailed");
		assertThat(list(early.get("fieldErrors"))).singleElement()
			.satisfies(
					(error) -> assertThat(error).containsEntry("field", "until").containsEntry("code", "DATE_ORDER"));
		assertThat(expertiseOf("edit-test-upd")).contains("edit-test-end");
	}

	@Test
	void answersNotFoundForAnUnknownIdOrAnotherType() {
		assertThat(mutate("updatePerson", "{ id: \"edit-test-nobody\", version: 1, name: \"X\" }"))
			.containsEntry("__typename", "NotFound")
			.containsEntry("id", "edit-test-nobody");
		assertThat(mutate("updatePerson", "{ id: \"fb-buergerdienste\", version: 1, name: \"X\" }"))
			.containsEntry("__typename", "NotFound");
		assertThat(mutateArchive("archive", "edit-test-nobody", 1)).containsEntry("__typename", "NotFound");
	}

	@Test
	void archiveHidesFromListsAndNavigationUntilRestored() {
		entity(mutate("createTopic", "{ id: \"edit-test-archived\", name: \"Edit Test Archiv\" }"));
		link("HAS_EXPERTISE", "sam-exempel", "edit-test-archived", "level: BASIC");
		assertThat(topicIds("")).contains("edit-test-archived");
		assertThat(mutateArchive("archive", "edit-test-archived", 1)).containsEntry("__typename", "EntitySuccess");
		assertThat(topicIds("")).doesNotContain("edit-test-archived");
		assertThat(topicIds("includeArchived: true, ")).contains("edit-test-archived");
		assertThat(read("edit-test-archived")).containsEntry("archived", true).containsEntry("version", 2);
		assertThat(expertiseOf("sam-exempel")).doesNotContain("edit-test-archived");
		assertThat(mutateArchive("restore", "edit-test-archived", 2)).containsEntry("__typename", "EntitySuccess");
		assertThat(topicIds("")).contains("edit-test-archived");
		assertThat(expertiseOf("sam-exempel")).contains("edit-test-archived");
		assertThat(changes("edit-test-archived")).extracting((entry) -> entry.get("action"))
			.containsExactly("RESTORE", "ARCHIVE", "CREATE");
	}

	@Test
	void linksAndEndsTiesKeepingHistory() {
		entity(mutate("createTopic", "{ id: \"edit-test-link\", name: \"Edit Test Link\" }"));
		Map<String, Object> linked = link("HAS_EXPERTISE", "sam-exempel", "edit-test-link",
				"level: EXPERT, since: \"2025-01-01\"");
		assertThat(linked).containsEntry("__typename", "LinkSuccess");
		assertThat(map(linked.get("properties"))).containsEntry("type", "HAS_EXPERTISE")
			.containsEntry("level", "EXPERT")
			.containsEntry("since", "2025-01-01");
		assertThat(expertiseOf("sam-exempel")).contains("edit-test-link");
		Map<String, Object> ended = mutateLink("endLink",
				"{ type: HAS_EXPERTISE, from: \"sam-exempel\", to: \"edit-test-link\", until: \"2026-11-25\" }");
		assertThat(map(ended.get("properties"))).containsEntry("until", "2026-11-25");
		assertThat(expertiseOf("sam-exempel")).doesNotContain("edit-test-link");
		assertThat(this.neo4j
			.query("MATCH (:Person {id: 'sam-exempel'})-[r:HAS_EXPERTISE]->(:Topic {id: 'edit-test-link'}) "
					+ "RETURN count(r)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow()).as("kept for history").isEqualTo(1);
		assertThat(mutateLink("endLink", "{ type: HAS_EXPERTISE, from: \"sam-exempel\", to: \"edit-test-link\" }"))
			.containsEntry("__typename", "NotFound");
		assertThat(changes("sam-exempel")).extracting((entry) -> entry.get("action")).startsWith("END_LINK", "LINK");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					pair not allowed    | WORKS_IN       | sam-exempel        | sprachfoerderung   |                                      | type  | NOT_ALLOWED
					level required      | HAS_EXPERTISE  | sam-exempel        | sprachfoerderung   |                                      | level | REQUIRED
					no role on SPEAKS   | SPEAKS         | sam-exempel        | edit-test-lang-x   | role: "Chef"                         | role  | NOT_ALLOWED
					date order          | MEMBER_OF      | sam-exempel        | edit-test-net-x    | since: "2026-01-01", until: "2025-01-01" | until | DATE_ORDER
					topic cycle         | BROADER        | sprachfoerderung   | integrationskurse  |                                      | to    | CYCLE
					department cycle    | PART_OF        | fb-buergerdienste  | auslaenderbehoerde |                                      | to    | CYCLE
					""")
	void refusesInvalidTies(String rule, String type, String from, String to, String extra, String field, String code) {
		this.neo4j.query("""
				CREATE (:Entity:Language {id: 'edit-test-lang-x', name: 'Edit Lang', code: 'qx', needed: false})
				CREATE (:Entity:Network {id: 'edit-test-net-x', name: 'Edit Netz', kind: 'INTERNAL'})
				""").run();
		long before = count();
		Map<String, Object> result = link(type, from, to, (extra != null) ? extra : "");
		assertThat(result).containsEntry("__typename", "ValidationFailed");
		assertThat(list(result.get("fieldErrors")))
			.anySatisfy((error) -> assertThat(error).containsEntry("field", field).containsEntry("code", code));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesATieThatAlreadyHoldsAndUnknownEnds() {
		entity(mutate("createTopic", "{ id: \"edit-test-twice\", name: \"Edit Test Twice\" }"));
		assertThat(link("HAS_EXPERTISE", "sam-exempel", "edit-test-twice", "level: BASIC")).containsEntry("__typename",
				"LinkSuccess");
		assertThat(link("HAS_EXPERTISE", "sam-exempel", "edit-test-twice", "level: EXPERT")).containsEntry("__typename",
				"Conflict");
		assertThat(link("HAS_EXPERTISE", "sam-exempel", "edit-test-nothing", "level: EXPERT"))
			.containsEntry("__typename", "NotFound")
			.containsEntry("id", "edit-test-nothing");
	}

	@Test
	void writesNothingWhenTheMutationFailsMidway() {
		entity(mutate("createTopic", "{ id: \"edit-test-atomic\", name: \"Edit Test Atomic\" }"));
		entity(mutate("updateTopic", "{ id: \"edit-test-atomic\", version: 1, description: \"eins\" }"));
		// a real database failure after the entity is written: the audit entry of a
		// second update breaks a uniqueness constraint made for this test
		this.neo4j
			.query("CREATE CONSTRAINT edit_test_audit IF NOT EXISTS FOR (a:AuditEntry) "
					+ "REQUIRE (a.entityId, a.action) IS UNIQUE")
			.run();
		String before = checksum();
		graphQl().document(
				"mutation { updateTopic(input: { id: \"edit-test-atomic\", version: 2, name: \"Geändert\" }) { __typename } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "INTERNAL_ERROR")));
		assertThat(checksum()).isEqualTo(before);
		assertThat(read("edit-test-atomic")).containsEntry("name", "Edit Test Atomic").containsEntry("version", 2);
	}

	@Test
	void listsChangesByEntityTypeAndTimeNewestFirst() {
		entity(mutate("createChannel", "{ id: \"edit-test-ch\", name: \"Edit Test Kanal\" }"));
		entity(mutate("updateChannel", "{ id: \"edit-test-ch\", version: 1, description: \"neu\" }"));
		Map<String, Object> page = map(graphQl().document("""
				{ changes(entityType: "Channel", since: "2000-01-01", until: "2100-01-01", first: 1) {
				    totalCount pageInfo { hasNextPage } edges { node { action entityId principal at
				      changes { field before after } } } } }
				""").execute().errors().verify().path("changes").entity(Map.class).get());
		assertThat(((Number) page.get("totalCount")).intValue()).isGreaterThanOrEqualTo(2);
		Map<String, Object> newest = map(map(list(page.get("edges")).get(0)).get("node"));
		assertThat(newest).containsEntry("action", "UPDATE")
			.containsEntry("entityId", "edit-test-ch")
			.containsEntry("principal", "test-coordinator");
		assertThat(list(newest.get("changes"))).singleElement()
			.satisfies((change) -> assertThat(change).containsEntry("field", "description")
				.containsEntry("before", null)
				.containsEntry("after", "neu"));
		Object none = graphQl().document("{ changes(entityType: \"Channel\", until: \"2000-01-01\") { totalCount } }")
			.execute()
			.path("changes.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(none).isEqualTo(0);
	}

	private Map<String, Object> mutate(String mutation, String input) {
		return run(mutation, "input: " + input, RESULT);
	}

	private Map<String, Object> mutateArchive(String mutation, String id, int version) {
		return run(mutation, "id: \"" + id + "\", version: " + version, RESULT);
	}

	private Map<String, Object> mutateLink(String mutation, String input) {
		return run(mutation, "input: " + input, LINK_RESULT);
	}

	private Map<String, Object> run(String mutation, String arguments, String selection) {
		return map(graphQl().document("mutation { " + mutation + "(" + arguments + ") { " + selection + " } }")
			.execute()
			.errors()
			.verify()
			.path(mutation)
			.entity(Map.class)
			.get());
	}

	private Map<String, Object> link(String type, String from, String to, String extra) {
		return mutateLink("link", "{ type: " + type + ", from: \"" + from + "\", to: \"" + to + "\""
				+ (extra.isBlank() ? "" : ", " + extra) + " }");
	}

	private static Map<String, Object> entity(Map<String, Object> result) {
		assertThat(result).as(String.valueOf(result)).containsEntry("__typename", "EntitySuccess");
		return map(result.get("entity"));
	}

	private Map<String, Object> read(String id) {
		return map(graphQl().document("""
				query ($id: ID!) { node(id: $id) { ... on Topic { name version archived description }
				  ... on Department { name version } ... on Person { name version } ... on Organisation { name version }
				  ... on Network { name version } ... on WorkingGroup { name version } ... on Event { name version }
				  ... on TargetGroup { name version } ... on Language { name version } ... on Offering { name version }
				  ... on Channel { name version } ... on Contract { name version } } }
				""").variable("id", id).execute().errors().verify().path("node").entity(Map.class).get());
	}

	private List<Object> topicIds(String arguments) {
		return list(graphQl()
			.document("{ topics(" + arguments + "first: 100, where: {nameContains: \"Edit Test\"}) "
					+ "{ edges { node { id } } } }")
			.execute()
			.errors()
			.verify()
			.path("topics.edges")
			.entity(List.class)
			.get()).stream().map((edge) -> map(edge.get("node")).get("id")).toList();
	}

	private List<Object> expertiseOf(String person) {
		return list(graphQl()
			.document("{ node(id: \"" + person + "\") { ... on Person { expertise(first: 100) "
					+ "{ edges { node { id } } } } } }")
			.execute()
			.errors()
			.verify()
			.path("node.expertise.edges")
			.entity(List.class)
			.get()).stream().map((edge) -> map(edge.get("node")).get("id")).toList();
	}

	private List<Map<String, Object>> changes(String id) {
		return list(graphQl()
			.document("query ($id: ID) { changes(entityId: $id, first: 100) { edges { node { action "
					+ "changes { field before after } } } } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("changes.edges")
			.entity(List.class)
			.get()).stream().map((edge) -> map(edge.get("node"))).toList();
	}

	private Map<String, Object> firstChange(String id) {
		return list(changes(id).get(0).get("changes")).get(0);
	}

	private long count() {
		return this.neo4j.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) * 100000 + count(r)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
	}

	/** Every node's and relationship's properties, as one sorted text. */
	private String checksum() {
		return String.join("\n", this.neo4j.query("""
				MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
				RETURN coalesce(n.id, elementId(n)) AS node, properties(n) AS nodeProperties, type(r) AS type,
				  m.id AS other, properties(r) AS properties
				""").fetch().all().stream().map((row) -> {
			java.util.Map<String, Object> sorted = new java.util.TreeMap<>();
			row.forEach((key, value) -> sorted.put(key,
					(value instanceof Map<?, ?> map) ? new java.util.TreeMap<>(map) : value));
			return sorted.toString();
		}).sorted().toList());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
