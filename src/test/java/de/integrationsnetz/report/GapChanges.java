package de.integrationsnetz.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads {@code report { gaps }} and compares its changes with hand-computed ones, for the
 * report's gap tests. The Herne seed stays loaded under the fixtures, so lists are
 * filtered to a fixture's id prefix and counts compared as differences.
 */
final class GapChanges {

	private static final String GAPS = "gaps { rule atFrom atTo closedCount openedCount closed { id } opened { id } }";

	private GapChanges() {
	}

	/**
	 * The report's gap changes between two dates, by rule, in the report's order.
	 * @param tester the caller's tester
	 * @param from the first date
	 * @param to the second date
	 * @return each rule's change as the API returns it
	 */
	static Map<String, Map<String, Object>> read(GraphQlTester tester, String from, String to) {
		GraphQlTester.Response response = tester
			.document("{ report(from: \"" + from + "\", to: \"" + to + "\") { " + GAPS + " } }")
			.execute();
		response.errors().verify();
		Map<String, Map<String, Object>> byRule = new LinkedHashMap<>();
		for (Map<String, Object> change : list(response.path("report.gaps").entity(List.class).get())) {
			byRule.put((String) change.get("rule"), change);
		}
		return byRule;
	}

	/**
	 * Asserts which fixture entities' gaps closed and opened, in order, and that the
	 * counts are the sizes of the lists.
	 * @param prefix the fixture's id prefix
	 * @param gaps what {@link #read} returned
	 * @param rule the rule
	 * @param closed the expected closed ids, without the prefix
	 * @param opened the expected opened ids, without the prefix
	 */
	static void assertChanges(String prefix, Map<String, Map<String, Object>> gaps, String rule, List<String> closed,
			List<String> opened) {
		Map<String, Object> change = gaps.get(rule);
		assertThat(fixtureIds(prefix, change, "closed")).as(rule + " closed")
			.containsExactlyElementsOf(closed.stream().map((id) -> prefix + id).toList());
		assertThat(fixtureIds(prefix, change, "opened")).as(rule + " opened")
			.containsExactlyElementsOf(opened.stream().map((id) -> prefix + id).toList());
		assertThat(number(change, "closedCount")).as(rule).isEqualTo(ids(change, "closed").size());
		assertThat(number(change, "openedCount")).as(rule).isEqualTo(ids(change, "opened").size());
	}

	/**
	 * Asserts what a fixture adds to each rule's counts.
	 * @param with the changes with the fixture
	 * @param without the changes without it
	 * @param expected per rule: atFrom, atTo, closedCount, openedCount
	 */
	static void assertAdded(Map<String, Map<String, Object>> with, Map<String, Map<String, Object>> without,
			Map<String, List<Integer>> expected) {
		expected.forEach((rule,
				counts) -> assertThat(List.of(difference(with, without, rule, "atFrom"),
						difference(with, without, rule, "atTo"), difference(with, without, rule, "closedCount"),
						difference(with, without, rule, "openedCount")))
					.as(rule)
					.isEqualTo(counts));
	}

	static List<String> ids(Map<String, Object> change, String field) {
		return list(change.get(field)).stream().map((node) -> (String) node.get("id")).toList();
	}

	static int number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).intValue();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private static List<String> fixtureIds(String prefix, Map<String, Object> change, String field) {
		return ids(change, field).stream().filter((id) -> id.startsWith(prefix)).toList();
	}

	private static int difference(Map<String, Map<String, Object>> with, Map<String, Map<String, Object>> without,
			String rule, String field) {
		return number(with.get(rule), field) - number(without.get(rule), field);
	}

}
