package de.integrationsnetz.exchange;

import java.util.List;
import java.util.Set;

/**
 * The relationship files of the seed format: one per relationship type, with the pairs of
 * labels the relationship may join and the columns it has beyond
 * {@code from,to,since,until}. {@code graph-seed/README.md} documents the same table.
 */
public enum RelationshipFile {

	PART_OF(Set.of("Department>Department", "WorkingGroup>Network")), WORKS_IN(Set.of("Person>Department"), "function"),
	WORKS_FOR(Set.of("Person>Organisation"), "function"), CONTACT_PERSON_FOR(Set.of("Person>Department")),
	DEPUTY_FOR(Set.of("Person>Department")), HAS_EXPERTISE(Set.of("Person>Topic"), "level"),
	SPEAKS(Set.of("Person>Language")), WORKS_WITH(Set.of("Person>TargetGroup")),
	MEMBER_OF(pairs(List.of("Person", "Department", "Organisation"), List.of("Network", "WorkingGroup")), "role"),
	COORDINATES(pairs(List.of("Department", "Organisation"), List.of("Network", "WorkingGroup"))),
	ON_TOPIC(pairs(List.of("WorkingGroup", "Event", "Offering", "Contract", "Network"), List.of("Topic"))),
	FOR_TARGET_GROUP(pairs(List.of("WorkingGroup", "Offering", "Network"), List.of("TargetGroup"))),
	BROADER(Set.of("Topic>Topic")),
	HELD_BY(pairs(List.of("Event"), List.of("Network", "WorkingGroup", "Department", "Organisation"))),
	PARTICIPATED_IN(pairs(List.of("Person", "Department", "Organisation"), List.of("Event")), "role"),
	PROVIDED_BY(pairs(List.of("Offering"), List.of("Department", "Organisation"))),
	IN_LANGUAGE(Set.of("Offering>Language")), VIA_CHANNEL(Set.of("Offering>Channel")),
	PARTY_TO(pairs(List.of("Department", "Organisation"), List.of("Contract")), "role");

	/** The columns every relationship file starts with. */
	static final List<String> COMMON_COLUMNS = List.of("from", "to", "since", "until");

	private final Set<String> allowedPairs;

	private final List<String> extraColumns;

	RelationshipFile(Set<String> allowedPairs, String... extraColumns) {
		this.allowedPairs = allowedPairs;
		this.extraColumns = List.of(extraColumns);
	}

	String fileName() {
		return "relationships/" + name() + ".csv";
	}

	List<String> columns() {
		return java.util.stream.Stream.concat(COMMON_COLUMNS.stream(), this.extraColumns.stream()).toList();
	}

	public List<String> extraColumns() {
		return this.extraColumns;
	}

	public boolean allows(String fromLabel, String toLabel) {
		return this.allowedPairs.contains(fromLabel + ">" + toLabel);
	}

	private static Set<String> pairs(List<String> from, List<String> to) {
		return from.stream()
			.flatMap((f) -> to.stream().map((t) -> f + ">" + t))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
