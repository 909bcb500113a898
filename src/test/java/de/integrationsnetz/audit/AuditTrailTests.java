package de.integrationsnetz.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail's writes: {@link AuditTrail#recordAll} makes one entry per element with
 * one query, of the same shape as {@link AuditTrail#record}. Every test writes entries
 * only for ids starting with {@value #PREFIX} and removes them afterwards.
 */
class AuditTrailTests extends GraphIntegrationTest {

	static final String PREFIX = "audittest-";

	@Autowired
	private AuditTrail audit;

	@Autowired
	private Neo4jClient neo4j;

	@AfterEach
	void removeTestEntries() {
		this.neo4j.query("MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH $prefix DETACH DELETE a")
			.bind(PREFIX)
			.to("prefix")
			.run();
	}

	@Test
	void recordAllWritesOneEntryPerElementWithOneQuery() {
		List<AuditTrail.Entry> entries = List.of(
				new AuditTrail.Entry("Person", PREFIX + "kim",
						List.of(new AuditTrail.Change("name", null, "Kim Jäger"))),
				new AuditTrail.Entry("Person", PREFIX + "alex",
						List.of(new AuditTrail.Change("jobTitle", "Beratung", "Leitung"),
								new AuditTrail.Change("phone", "+49 2323 0000-100", null))),
				new AuditTrail.Entry("MEMBER_OF", PREFIX + "kim",
						List.of(new AuditTrail.Change("to", null, "internes-netzwerk-integration"),
								new AuditTrail.Change("since", null, LocalDate.of(2024, 2, 1)))));

		this.cypherCounter.reset();
		this.audit.recordAll("AUDITTEST", entries);
		assertThat(this.cypherCounter.count()).isEqualTo(1);
		this.audit.recordAll("AUDITTEST", List.of());
		assertThat(this.cypherCounter.count()).isEqualTo(1);

		List<Map<String, Object>> stored = entries();
		assertThat(stored).hasSize(3);
		assertThat(stored).extracting((entry) -> entry.get("entityType") + " " + entry.get("entityId"))
			.containsExactlyInAnyOrder("Person audittest-kim", "Person audittest-alex", "MEMBER_OF audittest-kim");
		assertThat(stored).allSatisfy((entry) -> {
			assertThat(entry).containsEntry("action", "AUDITTEST").containsEntry("principal", "test-coordinator");
			assertThat(entry.get("at")).isNotNull().isEqualTo(stored.get(0).get("at"));
		});
		assertThat(stored).extracting((entry) -> entry.get("id")).doesNotContainNull().doesNotHaveDuplicates();
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> changes = new java.util.HashMap<>();
		stored.forEach((entry) -> changes.put(entry.get("entityType") + " " + entry.get("entityId"),
				json.readTree((String) entry.get("changes")).toString()));
		assertThat(changes)
			.containsEntry("Person audittest-kim", "[{\"field\":\"name\",\"before\":null,\"after\":\"Kim Jäger\"}]")
			.containsEntry("Person audittest-alex",
					"[{\"field\":\"jobTitle\",\"before\":\"Beratung\",\"after\":\"Leitung\"},"
							+ "{\"field\":\"phone\",\"before\":\"+49 2323 0000-100\",\"after\":null}]")
			.containsEntry("MEMBER_OF audittest-kim",
					"[{\"field\":\"to\",\"before\":null,\"after\":\"internes-netzwerk-integration\"},"
							+ "{\"field\":\"since\",\"before\":null,\"after\":\"2024-02-01\"}]");
	}

	@Test
	void recordAllMakesEntriesOfTheShapeRecordMakes() {
		this.audit.record("AUDITTEST", "Topic", PREFIX + "single", List.of(new AuditTrail.Change("name", null, "A")));
		this.audit.recordAll("AUDITTEST", List
			.of(new AuditTrail.Entry("Topic", PREFIX + "batch", List.of(new AuditTrail.Change("name", null, "A")))));

		List<Map<String, Object>> stored = entries();
		assertThat(stored).hasSize(2);
		Map<String, Object> single = stored.stream()
			.filter((entry) -> entry.get("entityId").equals(PREFIX + "single"))
			.findFirst()
			.orElseThrow();
		Map<String, Object> batch = stored.stream()
			.filter((entry) -> entry.get("entityId").equals(PREFIX + "batch"))
			.findFirst()
			.orElseThrow();
		assertThat(batch.keySet()).isEqualTo(single.keySet());
		assertThat(batch.get("at")).hasSameClassAs(single.get("at"));
		assertThat(batch.get("changes")).isEqualTo(single.get("changes"));
	}

	private List<Map<String, Object>> entries() {
		return this.neo4j.query("""
				MATCH (a:AuditEntry) WHERE a.entityId STARTS WITH $prefix
				RETURN properties(a) AS p, labels(a) AS labels
				""").bind(PREFIX).to("prefix").fetch().all().stream().map((row) -> {
			assertThat(row.get("labels")).isEqualTo(List.of("AuditEntry"));
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("p");
			return properties;
		}).toList();
	}

}
