package de.integrationsnetz.gaps;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.integrationsnetz.graph.GraphInputException;
import de.integrationsnetz.graph.GraphNode;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The gaps (GraphQL, {@code gaps.graphqls}): {@code gaps} is an empty marker, and each
 * field of {@code Gaps} checks its thresholds, runs its own query from {@link GapQueries}
 * only when asked for, and writes each gap's message.
 */
@Controller
class GapsController {

	static final int MAX_MONTHS = 120;

	static final int MAX_DAYS = 3650;

	private static final String GAPS = "Gaps";

	private final GapQueries queries;

	GapsController(GapQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Gaps gaps() {
		return new Gaps();
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> departmentsWithoutContactPerson(Gaps gaps) {
		return run(GapQueries.DEPARTMENTS_WITHOUT_CONTACT_PERSON, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> departmentsWithoutDeputy(Gaps gaps) {
		return run(GapQueries.DEPARTMENTS_WITHOUT_DEPUTY, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> topicsWithoutExpert(Gaps gaps) {
		return run(GapQueries.TOPICS_WITHOUT_EXPERT, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> topicsWithSingleExpert(Gaps gaps) {
		return run(GapQueries.TOPICS_WITH_SINGLE_EXPERT, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> topicsWithOneSidedExperts(Gaps gaps) {
		return run(GapQueries.TOPICS_WITH_ONE_SIDED_EXPERTS, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> targetGroupsUnserved(Gaps gaps) {
		return run(GapQueries.TARGET_GROUPS_UNSERVED, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> offeringsMissingLanguages(Gaps gaps) {
		return run(GapQueries.OFFERINGS_MISSING_LANGUAGES, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> languagesWithoutExpert(Gaps gaps) {
		return run(GapQueries.LANGUAGES_WITHOUT_EXPERT, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> groupsWithoutRecentEvent(Gaps gaps, @Argument int months) {
		GraphInputException.threshold("months", months, 1, MAX_MONTHS);
		return run(GapQueries.GROUPS_WITHOUT_RECENT_EVENT,
				Map.of("since", this.queries.today().minusMonths(months), "months", months));
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> contractsExpiring(Gaps gaps, @Argument int days) {
		GraphInputException.threshold("days", days, 0, MAX_DAYS);
		return run(GapQueries.CONTRACTS_EXPIRING, Map.of("until", this.queries.today().plusDays(days)));
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> topicsWithoutContract(Gaps gaps) {
		return run(GapQueries.TOPICS_WITHOUT_CONTRACT, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> organisationsWithoutNetwork(Gaps gaps) {
		return run(GapQueries.ORGANISATIONS_WITHOUT_NETWORK, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	List<Gap> departmentsWithoutExternalTie(Gaps gaps) {
		return run(GapQueries.DEPARTMENTS_WITHOUT_EXTERNAL_TIE, Map.of());
	}

	@SchemaMapping(typeName = GAPS)
	CoverageMatrix topicTargetGroupCoverage(Gaps gaps, @Argument List<String> topics) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("topics", existing("topics", "Topic", topics));
		return this.queries.coverage(GapQueries.TOPIC_TARGET_GROUP_COVERAGE, parameters);
	}

	@SchemaMapping(typeName = GAPS)
	CoverageMatrix topicNetworkCoverage(Gaps gaps, @Argument List<String> topics, @Argument List<String> networks) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("topics", existing("topics", "Topic", topics));
		parameters.put("networks", existing("networks", "Network", networks));
		return this.queries.coverage(GapQueries.TOPIC_NETWORK_COVERAGE, parameters);
	}

	/**
	 * The ids as given, after checking that each names a topic or network that is not
	 * archived.
	 */
	private List<String> existing(String argument, String label, List<String> ids) {
		if (ids == null) {
			return null;
		}
		List<String> unknown = this.queries.unknown(label, ids);
		if (!unknown.isEmpty()) {
			List<String> sorted = unknown.stream().sorted().toList();
			throw new GraphInputException("NOT_FOUND", argument,
					"No " + label.toLowerCase(java.util.Locale.ROOT) + " has the id " + quoted(sorted),
					Map.of("ids", sorted));
		}
		return ids;
	}

	private List<Gap> run(String cypher, Map<String, Object> parameters) {
		return this.queries.gaps(cypher, parameters)
			.stream()
			.map((row) -> new Gap(row.rule(), message(row, parameters), row.subject(), row.related(), row.languages(),
					row.candidates(), row.date()))
			.toList();
	}

	/** The rule broken, as a sentence naming the subject and what explains the gap. */
	private String message(GapQueries.Row row, Map<String, Object> parameters) {
		String subject = name(row.subject());
		return switch (row.rule()) {
			case "NO_CONTACT_PERSON" ->
				subject + " is relevant for integration but has no designated contact person (Ansprechperson).";
			case "NO_DEPUTY" ->
				subject + " has a contact person (" + names(row.related()) + ") but no deputy (Stellvertretung).";
			case "NO_EXPERT" -> "No one has current expertise on the topic " + subject + ".";
			case "SINGLE_EXPERT" -> "Only " + names(row.related()) + " has current expertise on the topic " + subject
					+ " (single point of failure).";
			case "EXPERTS_ONLY_INSIDE" ->
				"The topic " + subject + " has experts only inside the administration (" + names(row.related()) + ").";
			case "EXPERTS_ONLY_OUTSIDE" ->
				"The topic " + subject + " has experts only outside the administration (" + names(row.related()) + ").";
			case "TARGET_GROUP_UNSERVED" ->
				"No offering is for the target group " + subject + " and no one works with it.";
			case "OFFERING_LACKS_NEEDED_LANGUAGE" -> "The offering " + subject + " for " + names(row.related())
					+ " is not available in the needed languages " + names(row.languages()) + ".";
			case "NEEDED_LANGUAGE_WITHOUT_EXPERT" ->
				"The language " + subject + " is needed, but no current expert offers it.";
			case "NO_RECENT_EVENT" -> subject + cadence(row.subject()) + " has held no event in the last "
					+ parameters.get("months") + " months" + lastEvent(row);
			case "CONTRACT_EXPIRES" -> "The contract " + subject + " expires on " + row.date() + ", in "
					+ ChronoUnit.DAYS.between(this.queries.today(), row.date()) + " days.";
			case "TOPIC_WITHOUT_CONTRACT" -> "The external network works on the topic " + subject + " ("
					+ names(row.related()) + "), but no active contract covers it.";
			case "ORGANISATION_IN_NO_NETWORK" -> "The organisation " + subject + " is a member of no network.";
			case "NO_EXTERNAL_TIE" -> subject
					+ " has no tie to the external network: neither it nor any of its staff is a member of an external network or its working groups.";
			default -> subject + " breaks the rule " + row.rule() + ".";
		};
	}

	private static String cadence(GraphNode node) {
		Object cadence = node.get("meetingCadence");
		return (cadence != null) ? " (meeting cadence " + cadence + ")" : "";
	}

	private static String lastEvent(GapQueries.Row row) {
		return row.related().isEmpty() ? "; it has held no event yet."
				: "; its last event was " + name(row.related().get(0)) + " on " + row.date() + ".";
	}

	private static String name(GraphNode node) {
		Object name = node.get("name");
		return (name != null) ? name.toString() : node.id();
	}

	private static String names(List<GraphNode> nodes) {
		return nodes.stream().map(GapsController::name).collect(Collectors.joining(", "));
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "));
	}

}
