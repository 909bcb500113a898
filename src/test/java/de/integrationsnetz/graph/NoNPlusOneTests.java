package de.integrationsnetz.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nested query costs the same number of Cypher round trips whatever the number of
 * parents: relationship fields load in batches per level, never per parent.
 */
class NoNPlusOneTests extends GraphIntegrationTest {

	private static final String PREFIX = "nplusone-test-";

	private static final String NESTED = """
			query ($first: Int) {
			  departments(first: $first, where: {nameContains: "N1 Testeinheit"}) {
			    totalCount
			    edges { node { name
			      staff(first: 5) { edges { node { name
			        languages { edges { node { name } } }
			        expertise { edges { properties { level } node { name } } }
			      } } }
			      parent { name contactPerson { name } }
			    } }
			  }
			}
			""";

	@Autowired
	private Neo4jClient neo4j;

	/**
	 * Fifty departments below an existing one, each with two staff members who have
	 * languages and expertise: enough parents to see any per-parent query.
	 */
	@BeforeEach
	void createFiftyDepartments() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			rows.add(Map.of("id", PREFIX + i, "name", "N1 Testeinheit " + i));
		}
		this.neo4j
			.query("""
					MATCH (parent:Department {id: 'fb-buergerdienste'})
					MATCH (person:Person) WHERE EXISTS { (person)-[:SPEAKS]->() } AND EXISTS { (person)-[:HAS_EXPERTISE]->() }
					WITH parent, collect(person)[0..2] AS staff
					UNWIND $rows AS row
					CREATE (d:Entity:Department {id: row.id, name: row.name, kind: 'SUB_UNIT', integrationRelevant: false,
					  searchName: toLower(row.name), searchNameBare: toLower(row.name)})
					CREATE (d)-[:PART_OF]->(parent)
					FOREACH (person IN staff | CREATE (person)-[:WORKS_IN]->(d))
					""")
			.bind(rows)
			.to("rows")
			.run();
	}

	@AfterEach
	void removeThem() {
		this.neo4j.query("MATCH (d:Department) WHERE d.id STARTS WITH $prefix DETACH DELETE d")
			.bind(PREFIX)
			.to("prefix")
			.run();
	}

	@Test
	void runsAsManyCypherQueriesForFiftyParentsAsForFive() {
		int forFive = roundTrips(5);
		int forFifty = roundTrips(50);
		assertThat(forFifty).isEqualTo(forFive);
		// root list, staff, languages, expertise, parent, the parent's contact person
		assertThat(forFive).isBetween(3, 6);
	}

	private int roundTrips(int parents) {
		this.cypherCounter.reset();
		graphQl().document(NESTED)
			.variable("first", parents)
			.execute()
			.errors()
			.verify()
			.path("departments.edges")
			.entityList(Object.class)
			.hasSize(parents)
			.path("departments.edges[" + (parents - 1) + "].node.staff.edges[1].node.languages.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
		return this.cypherCounter.count();
	}

}
