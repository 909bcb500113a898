package de.integrationsnetz.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review dates: {@code reviewDue} lists the entries not confirmed for N months (today is
 * {@value #TODAY}), never confirmed first, then the oldest; every write and
 * {@code confirmPerson} sets the date; an import sets it when it changes a person and
 * never moves it back.
 */
class ReviewDueTests extends PrivacyTestSupport {

	private static final String PREFIX = "review-test-";

	private static final String FIXTURE = """
			CREATE (:Entity:Person {id: 'review-test-nie', name: 'Review Nie', searchName: 'review nie', version: 1,
			  contactConsent: false})
			CREATE (:Entity:Person {id: 'review-test-2020', name: 'Review Alt', searchName: 'review alt', version: 1,
			  contactConsent: false, reviewedOn: date('2020-01-01')})
			CREATE (:Entity:Person {id: 'review-test-knapp', name: 'Review Knapp', searchName: 'review knapp',
			  version: 1, contactConsent: false, reviewedOn: date('2025-11-25')})
			CREATE (:Entity:Person {id: 'review-test-grenze', name: 'Review Grenze', searchName: 'review grenze',
			  version: 1, contactConsent: false, reviewedOn: date('2025-11-26')})
			CREATE (:Entity:Person {id: 'review-test-juni', name: 'Review Juni', searchName: 'review juni', version: 1,
			  contactConsent: false, reviewedOn: date('2026-06-01')})
			CREATE (:Entity:Person {id: 'review-test-archiv', name: 'Review Archiv', searchName: 'review archiv',
			  version: 1, contactConsent: false, reviewedOn: date('2019-01-01'), archived: true})
			""";

	@AfterEach
	void removeTestData() {
		removeFixture(PREFIX);
	}

	@Test
	void listsEntriesNotConfirmedForMonthsNeverConfirmedFirstThenOldest() {
		replaceFixture(PREFIX, FIXTURE);
		assertThat(due(12)).containsExactly("review-test-nie", "review-test-2020", "review-test-knapp");
		assertThat(due(3)).containsExactly("review-test-nie", "review-test-2020", "review-test-knapp",
				"review-test-grenze", "review-test-juni");
		assertThat(due(120)).containsExactly("review-test-nie");
	}

	@Test
	void pagesWithCursors() {
		replaceFixture(PREFIX, FIXTURE);
		Map<String, Object> first = field("{ reviewDue(first: 1) { totalCount pageInfo { hasNextPage endCursor } "
				+ "edges { node { id reviewedOn } } } }", "reviewDue");
		assertThat((Integer) first.get("totalCount")).isGreaterThanOrEqualTo(3);
		assertThat(map(first.get("pageInfo"))).containsEntry("hasNextPage", true);
		Map<String, Object> second = field("{ reviewDue(first: 100, after: \""
				+ map(first.get("pageInfo")).get("endCursor") + "\") { edges { node { id } } } }", "reviewDue");
		assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).hasSize((Integer) first.get("totalCount") - 1);
	}

	@Test
	void seedHasEntriesDueForReview() {
		Map<String, Object> due = field("{ reviewDue(first: 100) { edges { node { id reviewedOn } } } }", "reviewDue");
		assertThat(ids(due))
			.contains("quinn-annahme", "toni-skizze", "ari-testperson", "kai-fiktiv", "yuri-schema", "vic-uebung")
			.doesNotContain("alex-beispiel", "sky-vorschlag");
	}

	@Test
	void refusesMonthsOutsideOneToHundredTwenty() {
		for (int months : new int[] { 0, -1, 121 }) {
			graphQl().document("{ reviewDue(months: " + months + ") { totalCount } }")
				.execute()
				.errors()
				.expect((error) -> "BAD_THRESHOLD".equals(error.getExtensions().get("code"))
						&& "months".equals(error.getExtensions().get("argument")))
				.verify();
		}
	}

	@Test
	void confirmPersonSetsTheReviewDateAndIsAudited() {
		replaceFixture(PREFIX, FIXTURE);
		Map<String, Object> stale = confirm("review-test-2020", 7);
		assertThat(stale).containsEntry("__typename", "Conflict");
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse("2020-01-01"));
		assertThat(confirm(PREFIX + "gibt-es-nicht", 1)).containsEntry("__typename", "NotFound");
		assertThat(confirm("fb-buergerdienste", 1)).containsEntry("__typename", "NotFound");

		Map<String, Object> confirmed = confirm("review-test-2020", 1);
		assertThat(map(confirmed.get("entity"))).containsEntry("reviewedOn", TODAY).containsEntry("version", 2);
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse(TODAY))
			.containsEntry("version", 2L);
		assertThat(due(12)).doesNotContain("review-test-2020");
		Map<String, Object> entry = map(list(field("{ changes(entityId: \"review-test-2020\") { edges { node { "
				+ "action changes { field before after } } } } }", "changes")
			.get("edges")).get(0).get("node"));
		assertThat(entry).containsEntry("action", "CONFIRM");
		assertThat(list(entry.get("changes")))
			.containsExactly(Map.of("field", "reviewedOn", "before", "2020-01-01", "after", TODAY));
	}

	@Test
	void createAndUpdateSetTheReviewDate() {
		String id = PREFIX + "neu";
		Map<String, Object> created = map(createPerson("id: \"" + id + "\", name: \"Review Neu\"").get("entity"));
		assertThat(created).containsEntry("reviewedOn", TODAY);
		replaceFixture(PREFIX + "2020", "CREATE (:Entity:Person {id: 'review-test-2020', name: 'Review Alt', "
				+ "version: 1, contactConsent: false, reviewedOn: date('2020-01-01')})");
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse("2020-01-01"));
		Map<String, Object> updated = map(
				updatePerson("id: \"review-test-2020\", version: 1, jobTitle: \"Geprüft\"").get("entity"));
		assertThat(updated).containsEntry("reviewedOn", TODAY);
	}

	@Test
	void importSetsTheReviewDateWhenItChangesAPersonAndNeverMovesItBack() {
		replaceFixture(PREFIX, FIXTURE);
		String header = "id,name,job_title,email,phone,contact_consent,contact_consent_on,reviewed_on\n";
		assertThat(importPersons(header + "review-test-2020,Review Alt,,,,false,,2019-05-05\n")).isTrue();
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse("2020-01-01"))
			.containsEntry("version", 1L);
		assertThat(importPersons(header + "review-test-2020,Review Alt,,,,false,,2021-02-03\n")).isTrue();
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse("2021-02-03"))
			.containsEntry("version", 2L);
		assertThat(importPersons(header + "review-test-2020,Review Alt,Neue Aufgabe,,,false,,2021-02-03\n")).isTrue();
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse(TODAY))
			.containsEntry("version", 3L);
		assertThat(importPersons(header + "review-test-2020,Review Alt,Neue Aufgabe,,,false,,2021-02-03\n")).isTrue();
		assertThat(storedProperties("review-test-2020")).containsEntry("reviewedOn", LocalDate.parse(TODAY))
			.containsEntry("version", 3L);
	}

	private boolean importPersons(String csv) {
		Map<String, Object> report = field("""
				mutation($files: [ImportFile!]!) { importGraph(files: $files) { written errors { message } } }
				""", Map.of("files", List.of(Map.of("path", "nodes/Person.csv", "content", csv))), "importGraph");
		assertThat(list(report.get("errors"))).isEmpty();
		return (Boolean) report.get("written");
	}

	private Map<String, Object> confirm(String id, int version) {
		return field("mutation { confirmPerson(id: \"" + id + "\", expectedVersion: " + version + ") { " + ENTITY_RESULT
				+ " } }", "confirmPerson");
	}

	private List<Object> due(int months) {
		return ids(field("{ reviewDue(months: " + months + ", first: 100) { edges { node { id } } } }", "reviewDue"))
			.stream()
			.filter((id) -> ((String) id).startsWith(PREFIX))
			.toList();
	}

}
