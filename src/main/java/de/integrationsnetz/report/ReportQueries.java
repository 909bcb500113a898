package de.integrationsnetz.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;
import de.integrationsnetz.graph.Validity;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the annual report: one query per section, each reading every entity of
 * its kind and counting its ties on two days in the database, so the report costs the
 * same few round trips however large the graph is. The days are the parameters
 * {@code $from} and {@code $to}; a tie counts on a day by the same rule as everywhere
 * (see {@link Validity}). The queries return counts and the entity a row is about, never
 * a member.
 */
@Component
class ReportQueries {

	/** A tie {@code tie} held on {@code $from}. */
	private static final String HELD_ON_FROM = heldOn("tie", "from");

	/** A tie {@code tie} held on {@code $to}. */
	private static final String HELD_ON_TO = heldOn("tie", "to");

	/**
	 * A tie {@code tie} held on at least one day from {@code $from} to {@code $to}: what
	 * keeps an archived entity in the report.
	 */
	private static final String HELD_IN_PERIOD = "(tie.since IS NULL OR tie.since <= $to) AND (tie.until IS NULL OR tie.until >= $from)";

	/**
	 * The members of each network, per kind, and the contracts of its members. A contract
	 * belongs to a network when one of its parties was a member on {@code from} or on
	 * {@code to}; {@code DISTINCT} counts a contract once even if several of its parties
	 * are members. Archived networks stay if a membership held in the period.
	 */
	private static final String NETWORKS = """
			MATCH (network:Network)
			%s%s%sCALL (network) {
			  OPTIONAL MATCH (network)<-[membership:MEMBER_OF]-(party)-[:PARTY_TO]->(contract:Contract)
			  WHERE (party:Department OR party:Organisation) AND ((%s) OR (%s))
			  WITH DISTINCT contract
			  %s
			}
			WITH network, persons, departments, organisations, contracts
			WHERE NOT coalesce(network.archived, false)
			  OR persons.inPeriod + departments.inPeriod + organisations.inPeriod > 0
			RETURN network, persons, departments, organisations, contracts
			ORDER BY network.searchName, network.id
			""".formatted(countMembers("network", "(member:Person)-[tie:MEMBER_OF]->(network)", "persons"),
			countMembers("network", "(member:Department)-[tie:MEMBER_OF]->(network)", "departments"),
			countMembers("network", "(member:Organisation)-[tie:MEMBER_OF]->(network)", "organisations"),
			heldOn("membership", "from"), heldOn("membership", "to"), countContracts("contracts"));

	/**
	 * The staff of each department or sub-unit, and whether a contact person held the
	 * role on each day (a contact person tie is counted like a member: at least one on
	 * the day). Archived departments stay if an employment or a contact person tie held
	 * in the period.
	 */
	private static final String DEPARTMENTS = """
			MATCH (department:Department)
			%s%sWITH department, staff, contact
			WHERE NOT coalesce(department.archived, false) OR staff.inPeriod + contact.inPeriod > 0
			RETURN department, staff, contact.atFrom > 0 AS contactPersonAtFrom, contact.atTo > 0 AS contactPersonAtTo
			ORDER BY department.searchName, department.id
			""".formatted(countMembers("department", "(member:Person)-[tie:WORKS_IN]->(department)", "staff"),
			countMembers("department", "(member:Person)-[tie:CONTACT_PERSON_FOR]->(department)", "contact"));

	/**
	 * The experts of each topic, on that topic itself (narrower topics have their own
	 * rows, so a sum over the rows never counts one expertise twice). Archived topics
	 * stay if an expertise held in the period.
	 */
	private static final String TOPICS = """
			MATCH (topic:Topic)
			%sWITH topic, experts
			WHERE NOT coalesce(topic.archived, false) OR experts.inPeriod > 0
			RETURN topic, experts
			ORDER BY topic.searchName, topic.id
			""".formatted(countMembers("topic", "(member:Person)-[tie:HAS_EXPERTISE]->(topic)", "experts"));

	/**
	 * The persons working with each target group and the offerings for it. Archived
	 * target groups stay if either kind of tie held in the period.
	 */
	private static final String TARGET_GROUPS = """
			MATCH (targetGroup:TargetGroup)
			%s%sWITH targetGroup, persons, offerings
			WHERE NOT coalesce(targetGroup.archived, false) OR persons.inPeriod + offerings.inPeriod > 0
			RETURN targetGroup, persons, offerings
			ORDER BY targetGroup.searchName, targetGroup.id
			""".formatted(countMembers("targetGroup", "(member:Person)-[tie:WORKS_WITH]->(targetGroup)", "persons"),
			countMembers("targetGroup", "(member:Offering)-[tie:FOR_TARGET_GROUP]->(targetGroup)", "offerings"));

	/**
	 * Every contract, whatever its parties, archived ones included: a contract that ran
	 * is part of the history even if it was archived later. An aggregate over no
	 * contracts still returns one row of zeros.
	 */
	private static final String CONTRACTS = """
			MATCH (contract:Contract)
			%s
			""".formatted(countContracts("contracts"));

	/**
	 * The gap rules the report compares, in the order of {@code gaps}: the ones that can
	 * be evaluated on a past day from the validity periods of the ties (and of contracts)
	 * alone. Not here: {@code NO_RECENT_EVENT} and {@code CONTRACT_EXPIRES}, which look a
	 * threshold of months back or days ahead of today.
	 */
	static final List<String> GAP_RULES = List.of("NO_CONTACT_PERSON", "NO_DEPUTY", "NO_EXPERT", "SINGLE_EXPERT",
			"EXPERTS_ONLY_INSIDE", "EXPERTS_ONLY_OUTSIDE", "TARGET_GROUP_UNSERVED", "OFFERING_LACKS_NEEDED_LANGUAGE",
			"NEEDED_LANGUAGE_WITHOUT_EXPERT", "TOPIC_WITHOUT_CONTRACT", "ORGANISATION_IN_NO_NETWORK",
			"NO_EXTERNAL_TIE");

	private static final Pattern DAY_SHORTHAND = Pattern.compile(
			"\\b(ON_FROM|ON_TO|IN_PERIOD|EXTERNAL_ON_FROM|EXTERNAL_ON_TO|RUNNING_ON_FROM|RUNNING_ON_TO)\\((\\w+)\\)");

	/**
	 * The node {@code %1$s} belongs to the external network on the day {@code %2$s}
	 * ({@code FROM} or {@code TO}), as {@code gaps} defines it: a network of kind
	 * EXTERNAL, or a working group that was part of one (PART_OF) on the day. The kind is
	 * read as it is now.
	 */
	private static final String EXTERNAL_NETWORK = "((%1$s:Network AND %1$s.kind = 'EXTERNAL') OR (%1$s:WorkingGroup"
			+ " AND EXISTS { MATCH (%1$s)-[partOf:PART_OF]->(:Network {kind: 'EXTERNAL'}) WHERE ON_%2$s(partOf) }))";

	/**
	 * The contract {@code %1$s} ran on the day {@code $%2$s}, as the report's contracts
	 * section counts it: not a draft, and the day within {@code validFrom} and
	 * {@code validUntil}. The status has no history, so {@code ACTIVE} (which
	 * {@code gaps} asks for today) cannot be read for a past day; a contract that ran out
	 * or was terminated since still ran on the days of its validity.
	 */
	private static final String RUNNING = "(%1$s.status <> 'DRAFT' AND (%1$s.validFrom IS NULL OR %1$s.validFrom <= $%2$s)"
			+ " AND (%1$s.validUntil IS NULL OR %1$s.validUntil >= $%2$s))";

	/**
	 * The gaps opened and closed between the dates: one query for all rules, so asking
	 * for {@code gaps} costs one round trip. Each branch of the union evaluates one rule
	 * (as {@code GapQueries} words it for today) on both days for every entity it can be
	 * about, and returns whether the entity had the gap on each day; the four rules on a
	 * topic's experts share a branch because they count the same experts. The branches
	 * use the shorthands {@code ON_FROM(r)} and {@code ON_TO(r)} (the tie {@code r} held
	 * on the day, by the rule of {@link Validity}), {@code IN_PERIOD(r)} (held on at
	 * least one day of the period), {@code EXTERNAL_ON_FROM(x)} and
	 * {@code EXTERNAL_ON_TO(x)} (see {@link #EXTERNAL_NETWORK}) and
	 * {@code RUNNING_ON_FROM(c)} and {@code RUNNING_ON_TO(c)} (see {@link #RUNNING}),
	 * expanded once when the class loads.
	 *
	 * <p>
	 * Entity properties ({@code integrationRelevant}, {@code needed}, a network's
	 * {@code kind}, a contract's {@code status}) have no history: they are read as they
	 * are now. Subjects are chosen as the report's rows are: every entity that is not
	 * archived, and an archived one only if a tie the rule reads held in the period; the
	 * other ends of ties (persons, offerings, departments, organisations, networks,
	 * working groups, target groups, topics, contracts) count on the days their ties
	 * held, archived or not, as in the report's counts. The needed languages an offering
	 * lacks are the ones flagged needed and not archived now: they are the rule's
	 * yardstick, not a tie. An offering lacks a needed language once however many target
	 * groups it is for ({@code gaps} lists it per target group, but what it lacks is the
	 * offering's). Subjects that cannot have the gap on either day (an offering for no
	 * target group, a topic of no network or working group in the period) are skipped.
	 * The rows are ordered by the subject's name, then id, before they are collected, so
	 * the lists are in that order.
	 */
	private static final String GAPS = expandDays(
			"""
					CALL () {
					  MATCH (s:Department) WHERE s.integrationRelevant = true AND (NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)<-[c:CONTACT_PERSON_FOR]-(:Person) WHERE IN_PERIOD(c) })
					  RETURN 'NO_CONTACT_PERSON' AS rule, s AS subject,
					    NOT EXISTS { MATCH (s)<-[c:CONTACT_PERSON_FOR]-(:Person) WHERE ON_FROM(c) } AS gapAtFrom,
					    NOT EXISTS { MATCH (s)<-[c:CONTACT_PERSON_FOR]-(:Person) WHERE ON_TO(c) } AS gapAtTo
					  UNION ALL
					  MATCH (s:Department) WHERE s.integrationRelevant = true AND (NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)<-[c:CONTACT_PERSON_FOR|DEPUTY_FOR]-(:Person) WHERE IN_PERIOD(c) })
					  RETURN 'NO_DEPUTY' AS rule, s AS subject,
					    EXISTS { MATCH (s)<-[c:CONTACT_PERSON_FOR]-(:Person) WHERE ON_FROM(c) }
					      AND NOT EXISTS { MATCH (s)<-[r:DEPUTY_FOR]-(:Person) WHERE ON_FROM(r) } AS gapAtFrom,
					    EXISTS { MATCH (s)<-[c:CONTACT_PERSON_FOR]-(:Person) WHERE ON_TO(c) }
					      AND NOT EXISTS { MATCH (s)<-[r:DEPUTY_FOR]-(:Person) WHERE ON_TO(r) } AS gapAtTo
					  UNION ALL
					  MATCH (s:Topic) WHERE NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)<-[e:HAS_EXPERTISE]-(:Person) WHERE IN_PERIOD(e) }
					  WITH s, [{experts: COUNT { MATCH (s)<-[e:HAS_EXPERTISE]-(p:Person) WHERE ON_FROM(e) RETURN DISTINCT p },
					      inside: COUNT { MATCH (s)<-[e:HAS_EXPERTISE]-(p:Person)-[w:WORKS_IN]->(:Department)
					        WHERE ON_FROM(e) AND ON_FROM(w) RETURN DISTINCT p },
					      outside: COUNT { MATCH (s)<-[e:HAS_EXPERTISE]-(p:Person)-[w:WORKS_FOR]->(:Organisation)
					        WHERE ON_FROM(e) AND ON_FROM(w) RETURN DISTINCT p }},
					    {experts: COUNT { MATCH (s)<-[e:HAS_EXPERTISE]-(p:Person) WHERE ON_TO(e) RETURN DISTINCT p },
					      inside: COUNT { MATCH (s)<-[e:HAS_EXPERTISE]-(p:Person)-[w:WORKS_IN]->(:Department)
					        WHERE ON_TO(e) AND ON_TO(w) RETURN DISTINCT p },
					      outside: COUNT { MATCH (s)<-[e:HAS_EXPERTISE]-(p:Person)-[w:WORKS_FOR]->(:Organisation)
					        WHERE ON_TO(e) AND ON_TO(w) RETURN DISTINCT p }}] AS days
					  UNWIND ['NO_EXPERT', 'SINGLE_EXPERT', 'EXPERTS_ONLY_INSIDE', 'EXPERTS_ONLY_OUTSIDE'] AS rule
					  WITH rule, s, [day IN days | CASE rule
					      WHEN 'NO_EXPERT' THEN day.experts = 0
					      WHEN 'SINGLE_EXPERT' THEN day.experts = 1
					      WHEN 'EXPERTS_ONLY_INSIDE' THEN day.inside > 0 AND day.outside = 0
					      ELSE day.outside > 0 AND day.inside = 0 END] AS gap
					  RETURN rule, s AS subject, gap[0] AS gapAtFrom, gap[1] AS gapAtTo
					  UNION ALL
					  MATCH (s:TargetGroup) WHERE NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)<-[w:WORKS_WITH]-(:Person) WHERE IN_PERIOD(w) }
					    OR EXISTS { MATCH (s)<-[f:FOR_TARGET_GROUP]-(:Offering) WHERE IN_PERIOD(f) }
					  RETURN 'TARGET_GROUP_UNSERVED' AS rule, s AS subject,
					    NOT EXISTS { MATCH (s)<-[w:WORKS_WITH]-(:Person) WHERE ON_FROM(w) }
					      AND NOT EXISTS { MATCH (s)<-[f:FOR_TARGET_GROUP]-(:Offering) WHERE ON_FROM(f) } AS gapAtFrom,
					    NOT EXISTS { MATCH (s)<-[w:WORKS_WITH]-(:Person) WHERE ON_TO(w) }
					      AND NOT EXISTS { MATCH (s)<-[f:FOR_TARGET_GROUP]-(:Offering) WHERE ON_TO(f) } AS gapAtTo
					  UNION ALL
					  CALL () {
					    MATCH (l:Language) WHERE l.needed = true AND NOT coalesce(l.archived, false)
					    RETURN collect(l) AS needed
					  }
					  MATCH (s:Offering) WHERE EXISTS { MATCH (s)-[f:FOR_TARGET_GROUP]->(:TargetGroup) WHERE IN_PERIOD(f) }
					  RETURN 'OFFERING_LACKS_NEEDED_LANGUAGE' AS rule, s AS subject,
					    EXISTS { MATCH (s)-[f:FOR_TARGET_GROUP]->(:TargetGroup) WHERE ON_FROM(f) }
					      AND any(l IN needed WHERE NOT EXISTS { MATCH (s)-[i:IN_LANGUAGE]->(l) WHERE ON_FROM(i) }) AS gapAtFrom,
					    EXISTS { MATCH (s)-[f:FOR_TARGET_GROUP]->(:TargetGroup) WHERE ON_TO(f) }
					      AND any(l IN needed WHERE NOT EXISTS { MATCH (s)-[i:IN_LANGUAGE]->(l) WHERE ON_TO(i) }) AS gapAtTo
					  UNION ALL
					  MATCH (s:Language) WHERE s.needed = true AND (NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)<-[k:SPEAKS]-(:Person) WHERE IN_PERIOD(k) })
					  RETURN 'NEEDED_LANGUAGE_WITHOUT_EXPERT' AS rule, s AS subject,
					    NOT EXISTS { MATCH (s)<-[k:SPEAKS]-(:Person)-[e:HAS_EXPERTISE]->(:Topic) WHERE ON_FROM(k) AND ON_FROM(e) }
					      AS gapAtFrom,
					    NOT EXISTS { MATCH (s)<-[k:SPEAKS]-(:Person)-[e:HAS_EXPERTISE]->(:Topic) WHERE ON_TO(k) AND ON_TO(e) }
					      AS gapAtTo
					  UNION ALL
					  MATCH (s:Topic) WHERE EXISTS { MATCH (s)<-[o:ON_TOPIC]-(x) WHERE (x:Network OR x:WorkingGroup) AND IN_PERIOD(o) }
					  RETURN 'TOPIC_WITHOUT_CONTRACT' AS rule, s AS subject,
					    EXISTS { MATCH (s)<-[o:ON_TOPIC]-(x) WHERE ON_FROM(o) AND EXTERNAL_ON_FROM(x) }
					      AND NOT EXISTS { MATCH (s)<-[o:ON_TOPIC]-(c:Contract) WHERE ON_FROM(o) AND RUNNING_ON_FROM(c) } AS gapAtFrom,
					    EXISTS { MATCH (s)<-[o:ON_TOPIC]-(x) WHERE ON_TO(o) AND EXTERNAL_ON_TO(x) }
					      AND NOT EXISTS { MATCH (s)<-[o:ON_TOPIC]-(c:Contract) WHERE ON_TO(o) AND RUNNING_ON_TO(c) } AS gapAtTo
					  UNION ALL
					  MATCH (s:Organisation) WHERE NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)-[m:MEMBER_OF]->(:Network) WHERE IN_PERIOD(m) }
					  RETURN 'ORGANISATION_IN_NO_NETWORK' AS rule, s AS subject,
					    NOT EXISTS { MATCH (s)-[m:MEMBER_OF]->(:Network) WHERE ON_FROM(m) } AS gapAtFrom,
					    NOT EXISTS { MATCH (s)-[m:MEMBER_OF]->(:Network) WHERE ON_TO(m) } AS gapAtTo
					  UNION ALL
					  MATCH (s:Department) WHERE NOT coalesce(s.archived, false)
					    OR EXISTS { MATCH (s)-[m:MEMBER_OF]->() WHERE IN_PERIOD(m) }
					    OR EXISTS { MATCH (s)<-[w:WORKS_IN]-(:Person) WHERE IN_PERIOD(w) }
					  RETURN 'NO_EXTERNAL_TIE' AS rule, s AS subject,
					    NOT EXISTS { MATCH (s)-[m:MEMBER_OF]->(x) WHERE ON_FROM(m) AND EXTERNAL_ON_FROM(x) }
					      AND NOT EXISTS { MATCH (s)<-[w:WORKS_IN]-(:Person)-[m:MEMBER_OF]->(x)
					        WHERE ON_FROM(w) AND ON_FROM(m) AND EXTERNAL_ON_FROM(x) } AS gapAtFrom,
					    NOT EXISTS { MATCH (s)-[m:MEMBER_OF]->(x) WHERE ON_TO(m) AND EXTERNAL_ON_TO(x) }
					      AND NOT EXISTS { MATCH (s)<-[w:WORKS_IN]-(:Person)-[m:MEMBER_OF]->(x)
					        WHERE ON_TO(w) AND ON_TO(m) AND EXTERNAL_ON_TO(x) } AS gapAtTo
					}
					WITH rule, subject, gapAtFrom, gapAtTo WHERE gapAtFrom OR gapAtTo
					ORDER BY subject.searchName, subject.id
					RETURN rule, count(CASE WHEN gapAtFrom THEN subject END) AS atFrom,
					  count(CASE WHEN gapAtTo THEN subject END) AS atTo,
					  collect(CASE WHEN gapAtFrom AND NOT gapAtTo THEN subject END) AS closed,
					  collect(CASE WHEN gapAtTo AND NOT gapAtFrom THEN subject END) AS opened
					""");

	private final Neo4jClient client;

	ReportQueries(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * A subquery that counts, for one entity of the section ({@code owner}), the distinct
	 * members at the other end of its ties of one kind ({@code pattern}, which binds
	 * {@code member} and {@code tie}). The ties are collected per member first, so a
	 * member with two ties (one ended, one begun again) counts once on a day either
	 * holds, and joined and left compare members, not ties. It returns a map
	 * {@code {atFrom, atTo, joined, left, inPeriod}}, where {@code inPeriod} counts the
	 * members with a tie on any day of the period. The optional match and the aggregate
	 * give zeros, not no row, for an entity without ties.
	 * @param owner the variable of the section's entity (a constant of this class)
	 * @param pattern the tie pattern (a constant of this class)
	 * @param alias the name of the returned map
	 * @return the {@code CALL} subquery
	 */
	private static String countMembers(String owner, String pattern, String alias) {
		return """
				CALL (%1$s) {
				  OPTIONAL MATCH %2$s
				  WITH member, collect(tie) AS ties
				  WITH member, any(tie IN ties WHERE %3$s) AS atFrom,
				    any(tie IN ties WHERE %4$s) AS atTo,
				    any(tie IN ties WHERE %5$s) AS inPeriod
				  WITH count(CASE WHEN atFrom THEN member END) AS atFrom,
				    count(CASE WHEN atTo THEN member END) AS atTo,
				    count(CASE WHEN atTo AND NOT atFrom THEN member END) AS joined,
				    count(CASE WHEN atFrom AND NOT atTo THEN member END) AS left,
				    count(CASE WHEN inPeriod THEN member END) AS inPeriod
				  RETURN {atFrom: atFrom, atTo: atTo, joined: joined, left: left, inPeriod: inPeriod} AS %6$s
				}
				""".formatted(owner, pattern, HELD_ON_FROM, HELD_ON_TO, HELD_IN_PERIOD, alias);
	}

	/**
	 * The aggregate over the rows of {@code contract} (null rows count nothing): running
	 * on each day, started and ended, as the schema's {@code ReportContracts} defines
	 * them. Drafts never count.
	 * @param alias the name of the returned map
	 * @return the closing {@code WITH} and {@code RETURN}
	 */
	private static String countContracts(String alias) {
		return """
				WITH contract, contract.status <> 'DRAFT' AS inForce
				WITH count(CASE WHEN inForce AND (contract.validFrom IS NULL OR contract.validFrom <= $from)
				    AND (contract.validUntil IS NULL OR contract.validUntil >= $from) THEN contract END) AS runningAtFrom,
				  count(CASE WHEN inForce AND (contract.validFrom IS NULL OR contract.validFrom <= $to)
				    AND (contract.validUntil IS NULL OR contract.validUntil >= $to) THEN contract END) AS runningAtTo,
				  count(CASE WHEN inForce AND contract.validFrom >= $from AND contract.validFrom <= $to
				    THEN contract END) AS started,
				  count(CASE WHEN inForce AND contract.validUntil >= $from AND (contract.validUntil < $to
				    OR (contract.validUntil = $to AND contract.status IN ['EXPIRED', 'TERMINATED'])) THEN contract END) AS ended
				RETURN {runningAtFrom: runningAtFrom, runningAtTo: runningAtTo, started: started, ended: ended} AS %s
				"""
			.formatted(alias);
	}

	/**
	 * The validity rule of {@link Validity} for a tie variable on one of the report's
	 * days.
	 * @param tie the tie variable (a constant of this class)
	 * @param day {@code from} or {@code to}
	 * @return the predicate, with the day as parameter {@code $from} or {@code $to}
	 */
	private static String heldOn(String tie, String day) {
		return Validity.current(tie).replace("$today", "$" + day);
	}

	Report.Networks networks(LocalDate from, LocalDate to) {
		return Report.Networks.of(this.client.query(NETWORKS)
			.bindAll(days(from, to))
			.fetchAs(Report.NetworkRow.class)
			.mappedBy((types, row) -> Report.NetworkRow.of(node(row.get("network")), counts(row.get("persons")),
					counts(row.get("departments")), counts(row.get("organisations")), contracts(row.get("contracts"))))
			.all()
			.stream()
			.toList());
	}

	Report.Departments departments(LocalDate from, LocalDate to) {
		return Report.Departments.of(this.client.query(DEPARTMENTS)
			.bindAll(days(from, to))
			.fetchAs(Report.DepartmentRow.class)
			.mappedBy((types, row) -> new Report.DepartmentRow(node(row.get("department")), counts(row.get("staff")),
					row.get("contactPersonAtFrom").asBoolean(), row.get("contactPersonAtTo").asBoolean()))
			.all()
			.stream()
			.toList());
	}

	Report.Topics topics(LocalDate from, LocalDate to) {
		return Report.Topics.of(this.client.query(TOPICS)
			.bindAll(days(from, to))
			.fetchAs(Report.TopicRow.class)
			.mappedBy((types, row) -> new Report.TopicRow(node(row.get("topic")), counts(row.get("experts"))))
			.all()
			.stream()
			.toList());
	}

	Report.TargetGroups targetGroups(LocalDate from, LocalDate to) {
		return Report.TargetGroups.of(this.client.query(TARGET_GROUPS)
			.bindAll(days(from, to))
			.fetchAs(Report.TargetGroupRow.class)
			.mappedBy((types, row) -> new Report.TargetGroupRow(node(row.get("targetGroup")),
					counts(row.get("persons")), counts(row.get("offerings"))))
			.all()
			.stream()
			.toList());
	}

	Report.Contracts contracts(LocalDate from, LocalDate to) {
		return this.client.query(CONTRACTS)
			.bindAll(days(from, to))
			.fetchAs(Report.Contracts.class)
			.mappedBy((types, row) -> contracts(row.get("contracts")))
			.one()
			.orElse(new Report.Contracts(0, 0, 0, 0));
	}

	/**
	 * The gap rules of {@link #GAP_RULES} on both days, every rule listed even if it has
	 * no gap on either day.
	 * @param from the first date
	 * @param to the second date
	 * @return one change per rule, in the order of {@link #GAP_RULES}
	 */
	List<Report.GapChange> gaps(LocalDate from, LocalDate to) {
		Map<String, Report.GapChange> byRule = new HashMap<>();
		this.client.query(GAPS).bindAll(days(from, to)).fetchAs(Report.GapChange.class).mappedBy((types, row) -> {
			List<GraphNode> closed = row.get("closed").asList(ReportQueries::node);
			List<GraphNode> opened = row.get("opened").asList(ReportQueries::node);
			return new Report.GapChange(row.get("rule").asString(), row.get("atFrom").asInt(), row.get("atTo").asInt(),
					closed.size(), opened.size(), closed, opened);
		}).all().forEach((change) -> byRule.put(change.rule(), change));
		return GAP_RULES.stream().map((rule) -> byRule.getOrDefault(rule, Report.GapChange.none(rule))).toList();
	}

	/**
	 * Expands the shorthands {@code ON_FROM(r)}, {@code ON_TO(r)} and
	 * {@code IN_PERIOD(r)} of {@link #GAPS}.
	 * @param text the Cypher with shorthands
	 * @return the Cypher
	 */
	private static String expandDays(String text) {
		return DAY_SHORTHAND.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(switch (match.group(1)) {
			case "ON_FROM" -> heldOn(match.group(2), "from");
			case "ON_TO" -> heldOn(match.group(2), "to");
			case "EXTERNAL_ON_FROM" -> expandDays(EXTERNAL_NETWORK.formatted(match.group(2), "FROM"));
			case "EXTERNAL_ON_TO" -> expandDays(EXTERNAL_NETWORK.formatted(match.group(2), "TO"));
			case "RUNNING_ON_FROM" -> RUNNING.formatted(match.group(2), "from");
			case "RUNNING_ON_TO" -> RUNNING.formatted(match.group(2), "to");
			default -> HELD_IN_PERIOD.replace("tie.", match.group(2) + ".");
		}));
	}

	private static Map<String, Object> days(LocalDate from, LocalDate to) {
		return Map.of("from", from, "to", to);
	}

	private static GraphNode node(Value value) {
		return GraphQueries.toGraphNode(value.asNode());
	}

	private static Report.Counts counts(Value value) {
		return new Report.Counts(value.get("atFrom").asInt(), value.get("atTo").asInt(), value.get("joined").asInt(),
				value.get("left").asInt());
	}

	private static Report.Contracts contracts(Value value) {
		return new Report.Contracts(value.get("runningAtFrom").asInt(), value.get("runningAtTo").asInt(),
				value.get("started").asInt(), value.get("ended").asInt());
	}

}
