package de.integrationsnetz.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every root connection ({@code departments}, {@code persons}, …) against the seed in
 * Neo4j: counts, order by name in both directions, paging through every page, the
 * umlaut-insensitive name filter, every enum and flag filter, and every extra order
 * field.
 */
class ConnectionsTests extends GraphIntegrationTest {

	@Autowired
	private Neo4jClient neo4j;

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void countsEveryEntityOfTheType(EntityType type) {
		long stored = this.neo4j.query("MATCH (n:" + type.label() + ") RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(stored).as("seeded %s", type.label()).isPositive();
		assertThat(page(type, "first: 1").totalCount()).isEqualTo(stored);
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void ordersByFoldedNameThenIdInBothDirections(EntityType type) {
		List<Map<String, Object>> ascending = page(type, "first: 100").nodes();
		List<Map<String, Object>> descending = page(type, "first: 100, orderBy: {field: NAME, direction: DESC}")
			.nodes();
		Comparator<Map<String, Object>> byName = Comparator
			.comparing((Map<String, Object> node) -> NameFolding.spelledOut((String) node.get("name")))
			.thenComparing((node) -> (String) node.get("id"));
		assertThat(ascending).isSortedAccordingTo(byName);
		List<Object> reversedNames = new ArrayList<>(ascending.stream().map((node) -> node.get("name")).toList());
		java.util.Collections.reverse(reversedNames);
		assertThat(descending).extracting((node) -> node.get("name")).containsExactlyElementsOf(reversedNames);
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void pagesThroughTheWholeListWithCursors(EntityType type) {
		Page all = page(type, "first: 100");
		List<Object> paged = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			Page page = page(type, "first: 4" + ((after != null) ? ", after: \"" + after + "\"" : ""));
			assertThat(page.totalCount()).isEqualTo(all.totalCount());
			assertThat(page.hasPreviousPage()).isEqualTo(after != null);
			page.nodes().forEach((node) -> paged.add(node.get("id")));
			after = page.endCursor();
			hasNext = page.hasNextPage();
			pages++;
			assertThat((long) pages).isLessThanOrEqualTo(all.totalCount() / 4 + 1);
		}
		assertThat(paged).containsExactlyElementsOf(all.nodes().stream().map((node) -> node.get("id")).toList());
		assertThat(page(type, "first: 0").nodes()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void filtersByNameIgnoringCaseUmlautsAndSharpS(EntityType type) {
		Map<String, Object> sample = page(type, "first: 100").nodes()
			.stream()
			.filter((node) -> ((String) node.get("name")).matches(".*[äöüÄÖÜß].*"))
			.findFirst()
			.orElse(page(type, "first: 1").nodes().get(0));
		String name = (String) sample.get("name");
		String word = longestWord(name);
		for (String variant : List.of(word.toUpperCase(), spellOutUmlauts(word), dropUmlauts(word))) {
			List<Object> ids = page(type, "first: 100, where: {nameContains: \"" + variant + "\"}").nodes()
				.stream()
				.map((node) -> node.get("id"))
				.toList();
			assertThat(ids).as("%s finds %s", variant, name).contains(sample.get("id"));
		}
		assertThat(page(type, "where: {nameContains: \"zzqxj-kein-name\"}").totalCount()).isZero();
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void filtersByEveryEnumAndFlag(EntityType type) {
		for (EntityProperty property : type.properties()) {
			if (!property.filterable()) {
				continue;
			}
			Object value = page(type, "first: 100").nodes()
				.stream()
				.map((node) -> node.get(property.name()))
				.filter((v) -> v != null)
				.findFirst()
				.orElseThrow();
			String literal = (property.kind() == PropertyKind.BOOLEAN) ? value.toString() : (String) value;
			Page filtered = page(type, "first: 100, where: {" + property.name() + ": " + literal + "}");
			long expected = this.neo4j
				.query("MATCH (n:" + type.label() + ") WHERE n." + property.name() + " = $value RETURN count(n)")
				.bind(value)
				.to("value")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			assertThat(filtered.totalCount()).as("%s.%s = %s", type.label(), property.name(), value)
				.isEqualTo(expected)
				.isPositive();
			assertThat(filtered.nodes()).allSatisfy((node) -> assertThat(node.get(property.name())).isEqualTo(value));
		}
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void ordersByEveryOrderField(EntityType type) {
		for (EntityProperty property : type.properties()) {
			if (!property.orderable()) {
				continue;
			}
			String field = property.name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
			List<Comparable<Object>> values = valuesInOrder(type, property, field, "ASC");
			assertThat(values).as("%s by %s", type.label(), field).isSorted().isNotEmpty();
			List<Comparable<Object>> reversed = valuesInOrder(type, property, field, "DESC");
			assertThat(reversed).isSortedAccordingTo(Comparator.reverseOrder());
		}
	}

	@SuppressWarnings("unchecked")
	private List<Comparable<Object>> valuesInOrder(EntityType type, EntityProperty property, String field,
			String direction) {
		return page(type, "first: 100, orderBy: {field: " + field + ", direction: " + direction + "}").nodes()
			.stream()
			.map((node) -> node.get(property.name()))
			.filter((v) -> v != null)
			.map((v) -> (Comparable<Object>) (Comparable<?>) v.toString())
			.toList();
	}

	private Page page(EntityType type, String arguments) {
		List<String> fields = new ArrayList<>(List.of("id", "name"));
		type.properties().stream().filter((p) -> p.filterable() || p.orderable()).forEach((p) -> fields.add(p.name()));
		String document = "{ " + type.rootField() + "(" + arguments + ") { totalCount "
				+ "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { "
				+ String.join(" ", fields) + " } } } }";
		GraphQlTester.Response response = graphQl().document(document).execute();
		response.errors().verify();
		Map<String, Object> connection = response.path(type.rootField()).entity(Map.class).get();
		return Page.of(connection);
	}

	private static String longestWord(String name) {
		String longest = "";
		for (String word : name.split("[^\\p{L}]+")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest;
	}

	private static String spellOutUmlauts(String text) {
		return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
	}

	private static String dropUmlauts(String text) {
		return text.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("Ä", "A").replace("ß", "ss");
	}

	private record Page(long totalCount, boolean hasNextPage, boolean hasPreviousPage, String endCursor,
			List<Map<String, Object>> nodes) {

		@SuppressWarnings("unchecked")
		static Page of(Map<String, Object> connection) {
			Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
			List<Map<String, Object>> nodes = new ArrayList<>();
			for (Map<String, Object> edge : (List<Map<String, Object>>) connection.get("edges")) {
				nodes.add(new LinkedHashMap<>((Map<String, Object>) edge.get("node")));
			}
			return new Page(((Number) connection.get("totalCount")).longValue(), (Boolean) pageInfo.get("hasNextPage"),
					(Boolean) pageInfo.get("hasPreviousPage"), (String) pageInfo.get("endCursor"), nodes);
		}

	}

}
