package de.integrationsnetz.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every relationship field of the schema, in both directions: the catalogue of how the
 * graph is navigated. Adding a relationship to the model means adding its two fields here
 * and in {@code schema.graphqls}; a test checks that the two agree.
 *
 * <p>
 * The relationship types (all may carry {@code since}/{@code until}, see
 * {@link Validity}):
 * <ul>
 * <li>{@code PART_OF}: sub-unit → department, working group → network</li>
 * <li>{@code WORKS_IN} person → department, {@code WORKS_FOR} person → organisation (with
 * {@code function})</li>
 * <li>{@code CONTACT_PERSON_FOR}, {@code DEPUTY_FOR}: person → department</li>
 * <li>{@code HAS_EXPERTISE} person → topic (with {@code level}); {@code SPEAKS} person →
 * language (working languages); {@code WORKS_WITH} person → target group</li>
 * <li>{@code MEMBER_OF} person, department or organisation → network or working group
 * (with {@code role}); {@code COORDINATES} department or organisation → network or
 * working group</li>
 * <li>{@code ON_TOPIC} working group, network, event, offering, contract → topic;
 * {@code FOR_TARGET_GROUP} working group, network, offering → target group;
 * {@code BROADER} topic → its broader topic</li>
 * <li>{@code HELD_BY} event → network, working group, department or organisation;
 * {@code PARTICIPATED_IN} person, department or organisation → event (with
 * {@code role})</li>
 * <li>{@code PROVIDED_BY} offering → department or organisation; {@code IN_LANGUAGE},
 * {@code VIA_CHANNEL}: offering → language, channel</li>
 * <li>{@code PARTY_TO} department or organisation → contract (with {@code role})</li>
 * </ul>
 */
public final class Relations {

	/** The GraphQL interface of persons, departments and organisations. */
	public static final String ACTOR = "Actor";

	private static final List<String> ACTORS = List.of("Person", "Department", "Organisation");

	private static final List<String> INSTITUTIONS = List.of("Department", "Organisation");

	private static final List<Relation> ALL = build();

	private static final Map<String, Relation> BY_COORDINATES = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(Relation::coordinates, Function.identity()));

	private Relations() {
	}

	public static List<Relation> all() {
		return ALL;
	}

	public static Optional<Relation> find(String parentType, String field) {
		return Optional.ofNullable(BY_COORDINATES.get(parentType + "." + field));
	}

	private static List<Relation> build() {
		Builder b = new Builder();
		b.from("Department")
			.one("parent", "PART_OF", true, "Department")
			.many("subUnits", "PART_OF", false, "Department")
			.many("staff", "WORKS_IN", false, "Person")
			.one("contactPerson", "CONTACT_PERSON_FOR", false, "Person")
			.one("deputy", "DEPUTY_FOR", false, "Person");
		b.from("Person")
			.many("departments", "WORKS_IN", true, "Department")
			.many("organisations", "WORKS_FOR", true, "Organisation")
			.many("contactPersonFor", "CONTACT_PERSON_FOR", true, "Department")
			.many("deputyFor", "DEPUTY_FOR", true, "Department")
			.many("expertise", "HAS_EXPERTISE", true, "Topic")
			.many("languages", "SPEAKS", true, "Language")
			.many("targetGroups", "WORKS_WITH", true, "TargetGroup")
			.many("networks", "MEMBER_OF", true, "Network")
			.many("workingGroups", "MEMBER_OF", true, "WorkingGroup")
			.many("events", "PARTICIPATED_IN", true, "Event");
		b.from("Organisation").many("staff", "WORKS_FOR", false, "Person");
		// departments and organisations take part in the networks alike
		for (String institution : INSTITUTIONS) {
			b.from(institution)
				.many("networks", "MEMBER_OF", true, "Network")
				.many("workingGroups", "MEMBER_OF", true, "WorkingGroup")
				.many("coordinatedNetworks", "COORDINATES", true, "Network")
				.many("coordinatedWorkingGroups", "COORDINATES", true, "WorkingGroup")
				.many("offerings", "PROVIDED_BY", false, "Offering")
				.many("contracts", "PARTY_TO", true, "Contract")
				.many("events", "PARTICIPATED_IN", true, "Event")
				.many("organisedEvents", "HELD_BY", false, "Event");
		}
		b.from("Network")
			.many("members", "MEMBER_OF", false, ACTORS)
			.one("coordinator", "COORDINATES", false, INSTITUTIONS)
			.many("workingGroups", "PART_OF", false, "WorkingGroup")
			.many("events", "HELD_BY", false, "Event")
			.many("topics", "ON_TOPIC", true, "Topic")
			.many("targetGroups", "FOR_TARGET_GROUP", true, "TargetGroup");
		b.from("WorkingGroup")
			.one("network", "PART_OF", true, "Network")
			.many("members", "MEMBER_OF", false, ACTORS)
			.one("coordinator", "COORDINATES", false, INSTITUTIONS)
			.many("topics", "ON_TOPIC", true, "Topic")
			.many("targetGroups", "FOR_TARGET_GROUP", true, "TargetGroup")
			.many("events", "HELD_BY", false, "Event");
		b.from("Event")
			.one("network", "HELD_BY", true, "Network")
			.one("workingGroup", "HELD_BY", true, "WorkingGroup")
			.one("organiser", "HELD_BY", true, INSTITUTIONS)
			.many("participants", "PARTICIPATED_IN", false, ACTORS)
			.many("topics", "ON_TOPIC", true, "Topic");
		b.from("Topic")
			.many("broader", "BROADER", true, "Topic")
			.many("narrower", "BROADER", false, "Topic")
			.many("experts", "HAS_EXPERTISE", false, "Person")
			.many("networks", "ON_TOPIC", false, "Network")
			.many("workingGroups", "ON_TOPIC", false, "WorkingGroup")
			.many("events", "ON_TOPIC", false, "Event")
			.many("offerings", "ON_TOPIC", false, "Offering")
			.many("contracts", "ON_TOPIC", false, "Contract");
		b.from("TargetGroup")
			.many("persons", "WORKS_WITH", false, "Person")
			.many("networks", "FOR_TARGET_GROUP", false, "Network")
			.many("workingGroups", "FOR_TARGET_GROUP", false, "WorkingGroup")
			.many("offerings", "FOR_TARGET_GROUP", false, "Offering");
		b.from("Language")
			.many("speakers", "SPEAKS", false, "Person")
			.many("offerings", "IN_LANGUAGE", false, "Offering");
		b.from("Offering")
			.many("providers", "PROVIDED_BY", true, INSTITUTIONS)
			.many("languages", "IN_LANGUAGE", true, "Language")
			.many("targetGroups", "FOR_TARGET_GROUP", true, "TargetGroup")
			.many("channels", "VIA_CHANNEL", true, "Channel")
			.many("topics", "ON_TOPIC", true, "Topic");
		b.from("Channel").many("offerings", "VIA_CHANNEL", false, "Offering");
		b.from("Contract").many("parties", "PARTY_TO", false, INSTITUTIONS).many("topics", "ON_TOPIC", true, "Topic");
		return List.copyOf(b.relations);
	}

	private static final class Builder {

		private final List<Relation> relations = new ArrayList<>();

		private String parent;

		Builder from(String parentType) {
			this.parent = parentType;
			return this;
		}

		Builder one(String field, String type, boolean outgoing, String target) {
			return one(field, type, outgoing, List.of(target));
		}

		Builder one(String field, String type, boolean outgoing, List<String> targets) {
			this.relations.add(new Relation(this.parent, field, type, outgoing, targets, true));
			return this;
		}

		Builder many(String field, String type, boolean outgoing, String target) {
			return many(field, type, outgoing, List.of(target));
		}

		Builder many(String field, String type, boolean outgoing, List<String> targets) {
			this.relations.add(new Relation(this.parent, field, type, outgoing, targets, false));
			return this;
		}

	}

}
