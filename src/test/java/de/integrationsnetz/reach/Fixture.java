package de.integrationsnetz.reach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.NameFolding;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small graph with known answers, written beside the seed for one test and deleted
 * after it. Every node id starts with {@value #PREFIX}; nodes carry the label
 * {@code Entity} plus their own label and the folded names the read API orders by. Labels
 * and relationship types come from the test code only.
 */
final class Fixture {

	static final String PREFIX = "reach-test-";

	private final Map<String, List<Map<String, Object>>> nodesByLabel = new LinkedHashMap<>();

	private final Map<String, List<Map<String, Object>>> tiesByType = new LinkedHashMap<>();

	/**
	 * Adds a node.
	 * @param label its own label, e.g. {@code Person}
	 * @param key the id without the prefix
	 * @param name the display name
	 * @param properties further properties as name, value pairs, e.g. "kind", "EXTERNAL"
	 * @return this fixture
	 */
	Fixture node(String label, String key, String name, Object... properties) {
		Map<String, Object> node = new HashMap<>();
		node.put("id", id(key));
		node.put("name", name);
		node.put(NameFolding.SEARCH_NAME, NameFolding.spelledOut(name));
		node.put(NameFolding.SEARCH_NAME_BARE, NameFolding.bare(name));
		for (int i = 0; i < properties.length; i += 2) {
			node.put((String) properties[i], properties[i + 1]);
		}
		this.nodesByLabel.computeIfAbsent(label, (l) -> new ArrayList<>()).add(node);
		return this;
	}

	/**
	 * Adds a current tie with no validity period.
	 * @param from the key of the start node
	 * @param type the relationship type
	 * @param to the key of the end node
	 * @return this fixture
	 */
	Fixture tie(String from, String type, String to) {
		return tie(from, type, to, null, null, null);
	}

	/**
	 * Adds a tie.
	 * @param from the key of the start node
	 * @param type the relationship type
	 * @param to the key of the end node
	 * @param since first day, or null
	 * @param until last day, or null
	 * @param role the role of a membership, or null
	 * @return this fixture
	 */
	Fixture tie(String from, String type, String to, LocalDate since, LocalDate until, String role) {
		Map<String, Object> tie = new HashMap<>();
		tie.put("from", id(from));
		tie.put("to", id(to));
		tie.put("since", since);
		tie.put("until", until);
		tie.put("role", role);
		this.tiesByType.computeIfAbsent(type, (t) -> new ArrayList<>()).add(tie);
		return this;
	}

	void create(Neo4jClient neo4j) {
		this.nodesByLabel.forEach(
				(label, rows) -> neo4j.query("UNWIND $rows AS row CREATE (n:Entity:%s) SET n = row".formatted(label))
					.bind(rows)
					.to("rows")
					.run());
		this.tiesByType.forEach((type, rows) -> neo4j.query("""
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
				CREATE (a)-[r:%s]->(b)
				SET r.since = row.since, r.until = row.until, r.role = row.role
				""".formatted(type)).bind(rows).to("rows").run());
	}

	static void deleteAll(Neo4jClient neo4j) {
		neo4j.query("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n").bind(PREFIX).to("prefix").run();
	}

	static String id(String key) {
		return PREFIX + key;
	}

}
