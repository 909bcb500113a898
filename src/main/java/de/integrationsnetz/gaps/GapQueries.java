package de.integrationsnetz.gaps;

import java.time.Clock;
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
 * The Cypher of the gaps: one query per kind of gap, each returning one row per gap with
 * the columns {@code subject}, {@code rule}, {@code related}, {@code languages},
 * {@code candidates} and {@code date}, ordered by the subject's name, then id; and one
 * query per coverage matrix.
 *
 * <p>
 * The texts use two shorthands, expanded once when the class loads: {@code CURRENT(r)} is
 * {@link Validity#current(String)} for the relationship {@code r} (the tie holds today,
 * {@code $today}), and {@code LIVE(n)} says the node {@code n} is not archived. Every tie
 * a query follows is checked with {@code CURRENT} and every node with {@code LIVE}, so
 * ended ties and archived entities never make or close a gap.
 */
@Component
class GapQueries {

	private static final Pattern CURRENT = Pattern.compile("CURRENT\\((\\w+)\\)");

	private static final Pattern LIVE = Pattern.compile("LIVE\\((\\w+)\\)");

	/**
	 * A list of persons in the usual order, as a COLLECT subquery: the pattern must bind
	 * {@code p}.
	 */
	private static final String ORDERED_P = "RETURN DISTINCT p ORDER BY p.searchName, p.id }";

	/**
	 * Question 3: relevant departments without a current contact person. Staff are the
	 * candidates because the contact person is named from the department's own people.
	 */
	static final String DEPARTMENTS_WITHOUT_CONTACT_PERSON = cypher("""
			MATCH (d:Department) WHERE d.integrationRelevant = true AND LIVE(d)
			  AND NOT EXISTS { MATCH (d)<-[c:CONTACT_PERSON_FOR]-(p:Person) WHERE CURRENT(c) AND LIVE(p) }
			RETURN d AS subject, 'NO_CONTACT_PERSON' AS rule, [] AS related, [] AS languages,
			  COLLECT { MATCH (d)<-[w:WORKS_IN]-(p:Person) WHERE CURRENT(w) AND LIVE(p) %s AS candidates,
			  null AS date
			ORDER BY d.searchName, d.id
			""".formatted(ORDERED_P));

	/**
	 * Question 3: relevant departments with a contact person but no deputy; the deputy is
	 * named from the staff other than the contact person.
	 */
	static final String DEPARTMENTS_WITHOUT_DEPUTY = cypher("""
			MATCH (d:Department) WHERE d.integrationRelevant = true AND LIVE(d)
			  AND NOT EXISTS { MATCH (d)<-[r:DEPUTY_FOR]-(p:Person) WHERE CURRENT(r) AND LIVE(p) }
			WITH d, COLLECT { MATCH (d)<-[c:CONTACT_PERSON_FOR]-(p:Person) WHERE CURRENT(c) AND LIVE(p) %1$s AS contacts
			WHERE size(contacts) > 0
			RETURN d AS subject, 'NO_DEPUTY' AS rule, contacts AS related, [] AS languages,
			  COLLECT { MATCH (d)<-[w:WORKS_IN]-(p:Person) WHERE CURRENT(w) AND LIVE(p) AND NOT p IN contacts %1$s
			    AS candidates,
			  null AS date
			ORDER BY d.searchName, d.id
			""".formatted(ORDERED_P));

	/**
	 * The start of the topic queries: every topic with its current experts, in order.
	 */
	private static final String TOPICS_WITH_EXPERTS = """
			MATCH (t:Topic) WHERE LIVE(t)
			WITH t, COLLECT { MATCH (t)<-[e:HAS_EXPERTISE]-(p:Person) WHERE CURRENT(e) AND LIVE(p) %s AS experts
			""".formatted(ORDERED_P);

	/**
	 * The topics one step away from {@code t} through current BROADER ties: broader,
	 * narrower, and siblings (sharing a broader topic); they are where someone who could
	 * take over a topic is most likely found.
	 */
	private static final String NEIGHBOURS = """
			CALL (t) {
			  CALL (t) {
			    MATCH (t)-[b:BROADER]-(n:Topic) WHERE CURRENT(b) RETURN n
			    UNION
			    MATCH (t)-[b1:BROADER]->(up:Topic)<-[b2:BROADER]-(n:Topic)
			    WHERE CURRENT(b1) AND CURRENT(b2) AND LIVE(up) AND n <> t RETURN n
			  }
			  WITH n WHERE LIVE(n)
			  RETURN collect(DISTINCT n) AS neighbours
			}
			""";

	/**
	 * Persons with current expertise on a neighbouring topic, except the topic's experts.
	 */
	private static final String NEIGHBOUR_EXPERTS = """
			COLLECT { UNWIND neighbours AS n MATCH (n)<-[e:HAS_EXPERTISE]-(p:Person)
			  WHERE CURRENT(e) AND LIVE(p) AND NOT p IN experts %s %s""";

	/**
	 * Question 4: topics no one knows about; neighbours' experts could grow into them.
	 */
	static final String TOPICS_WITHOUT_EXPERT = cypher(TOPICS_WITH_EXPERTS + """
			WITH t, experts WHERE size(experts) = 0
			""" + NEIGHBOURS + """
			RETURN t AS subject, 'NO_EXPERT' AS rule, [] AS related, [] AS languages,
			  %s AS candidates, null AS date
			ORDER BY t.searchName, t.id
			""".formatted(NEIGHBOUR_EXPERTS.formatted("", ORDERED_P)));

	/**
	 * Question 4: topics that depend on one person (a single point of failure); experts
	 * on neighbouring topics could stand in.
	 */
	static final String TOPICS_WITH_SINGLE_EXPERT = cypher(TOPICS_WITH_EXPERTS + """
			WITH t, experts WHERE size(experts) = 1
			""" + NEIGHBOURS + """
			RETURN t AS subject, 'SINGLE_EXPERT' AS rule, experts AS related, [] AS languages,
			  %s AS candidates, null AS date
			ORDER BY t.searchName, t.id
			""".formatted(NEIGHBOUR_EXPERTS.formatted("", ORDERED_P)));

	/**
	 * Whether person {@code p} currently works in a department (internal, as in
	 * findExperts).
	 */
	private static final String INTERNAL = "EXISTS { MATCH (p)-[w:WORKS_IN]->(d:Department) WHERE CURRENT(w) AND LIVE(d) }";

	/** Whether person {@code p} currently works for an organisation (external). */
	private static final String EXTERNAL = "EXISTS { MATCH (p)-[w:WORKS_FOR]->(o:Organisation) WHERE CURRENT(w) AND LIVE(o) }";

	/**
	 * Question 4: topics known only inside or only outside the administration; candidates
	 * come from the missing side, among the experts on neighbouring topics.
	 */
	static final String TOPICS_WITH_ONE_SIDED_EXPERTS = cypher(TOPICS_WITH_EXPERTS
			+ """
					WITH t, experts, [p IN experts WHERE %1$s] AS inside, [p IN experts WHERE %2$s] AS outside
					WHERE (size(inside) > 0) <> (size(outside) > 0)
					WITH t, experts, CASE WHEN size(inside) > 0 THEN 'EXPERTS_ONLY_INSIDE' ELSE 'EXPERTS_ONLY_OUTSIDE' END AS rule
					"""
				.formatted(INTERNAL, EXTERNAL)
			+ NEIGHBOURS
			+ """
					RETURN t AS subject, rule, experts AS related, [] AS languages,
					  %s AS candidates, null AS date
					ORDER BY t.searchName, t.id
					""".formatted(NEIGHBOUR_EXPERTS.formatted(
					"AND CASE rule WHEN 'EXPERTS_ONLY_INSIDE' THEN " + EXTERNAL + " ELSE " + INTERNAL + " END",
					ORDERED_P)));

	/**
	 * Question 5: target groups that neither an offering nor a person serves; whoever
	 * coordinates a network or working group for the group is the one to ask.
	 */
	static final String TARGET_GROUPS_UNSERVED = cypher("""
			MATCH (g:TargetGroup) WHERE LIVE(g)
			  AND NOT EXISTS { MATCH (g)<-[f:FOR_TARGET_GROUP]-(o:Offering) WHERE CURRENT(f) AND LIVE(o) }
			  AND NOT EXISTS { MATCH (g)<-[w:WORKS_WITH]-(p:Person) WHERE CURRENT(w) AND LIVE(p) }
			RETURN g AS subject, 'TARGET_GROUP_UNSERVED' AS rule, [] AS related, [] AS languages,
			  COLLECT { MATCH (g)<-[f:FOR_TARGET_GROUP]-(x)<-[c:COORDINATES]-(a)
			    WHERE (x:Network OR x:WorkingGroup) AND CURRENT(f) AND CURRENT(c) AND LIVE(x) AND LIVE(a)
			    RETURN DISTINCT a ORDER BY a.searchName, a.id } AS candidates,
			  null AS date
			ORDER BY g.searchName, g.id
			""");

	/**
	 * Question 5: per offering and target group, the needed languages the offering is not
	 * available in; persons working with the group who speak a missing language could
	 * help translate.
	 */
	static final String OFFERINGS_MISSING_LANGUAGES = cypher("""
			CALL () {
			  MATCH (l:Language) WHERE l.needed = true AND LIVE(l)
			  WITH l ORDER BY l.searchName, l.id
			  RETURN collect(l) AS needed
			}
			MATCH (o:Offering)-[f:FOR_TARGET_GROUP]->(g:TargetGroup) WHERE CURRENT(f) AND LIVE(o) AND LIVE(g)
			WITH DISTINCT needed, o, g
			WITH o, g, [l IN needed WHERE NOT EXISTS { MATCH (o)-[i:IN_LANGUAGE]->(l) WHERE CURRENT(i) }] AS missing
			WHERE size(missing) > 0
			RETURN o AS subject, 'OFFERING_LACKS_NEEDED_LANGUAGE' AS rule, [g] AS related, missing AS languages,
			  COLLECT { MATCH (g)<-[w:WORKS_WITH]-(p:Person)-[s:SPEAKS]->(l:Language)
			    WHERE CURRENT(w) AND CURRENT(s) AND LIVE(p) AND l IN missing %s AS candidates,
			  null AS date
			ORDER BY o.searchName, o.id, g.searchName, g.id
			""".formatted(ORDERED_P));

	/**
	 * Question 5: needed languages no current expert offers; persons who speak it but
	 * have no expertise recorded yet are the closest to closing it.
	 */
	static final String LANGUAGES_WITHOUT_EXPERT = cypher("""
			MATCH (l:Language) WHERE l.needed = true AND LIVE(l)
			  AND NOT EXISTS { MATCH (l)<-[s:SPEAKS]-(p:Person) WHERE CURRENT(s) AND LIVE(p)
			    AND EXISTS { MATCH (p)-[e:HAS_EXPERTISE]->(t:Topic) WHERE CURRENT(e) AND LIVE(t) } }
			RETURN l AS subject, 'NEEDED_LANGUAGE_WITHOUT_EXPERT' AS rule, [] AS related, [] AS languages,
			  COLLECT { MATCH (l)<-[s:SPEAKS]-(p:Person) WHERE CURRENT(s) AND LIVE(p) %s AS candidates,
			  null AS date
			ORDER BY l.searchName, l.id
			""".formatted(ORDERED_P));

	/**
	 * Question 6: open working groups and networks without an event of their own from
	 * {@code $since} to today (later events are plans, not meetings held); the last past
	 * event shows how long ago they met, and their coordinators would call the next one.
	 */
	static final String GROUPS_WITHOUT_RECENT_EVENT = cypher("""
			CALL () {
			  MATCH (x:WorkingGroup) WHERE x.status = 'OPEN' AND LIVE(x) RETURN x
			  UNION
			  MATCH (x:Network) WHERE LIVE(x) RETURN x
			}
			WITH x WHERE NOT EXISTS { MATCH (x)<-[h:HELD_BY]-(e:Event)
			  WHERE CURRENT(h) AND LIVE(e) AND e.date >= $since AND e.date <= $today }
			WITH x, COLLECT { MATCH (x)<-[h:HELD_BY]-(e:Event) WHERE CURRENT(h) AND LIVE(e) AND e.date <= $today
			  RETURN e ORDER BY e.date DESC, e.id LIMIT 1 } AS last
			RETURN x AS subject, 'NO_RECENT_EVENT' AS rule, last AS related, [] AS languages,
			  COLLECT { MATCH (x)<-[c:COORDINATES]-(a) WHERE CURRENT(c) AND LIVE(a)
			    RETURN DISTINCT a ORDER BY a.searchName, a.id } AS candidates,
			  CASE WHEN size(last) > 0 THEN last[0].date END AS date
			ORDER BY x.searchName, x.id
			""");

	/**
	 * Question 7: active contracts ending from today to {@code $until}; their parties are
	 * the ones to renew them.
	 */
	static final String CONTRACTS_EXPIRING = cypher(
			"""
					MATCH (c:Contract) WHERE c.status = 'ACTIVE' AND LIVE(c) AND c.validUntil >= $today AND c.validUntil <= $until
					RETURN c AS subject, 'CONTRACT_EXPIRES' AS rule,
					  COLLECT { MATCH (c)-[o:ON_TOPIC]->(t:Topic) WHERE CURRENT(o) AND LIVE(t)
					    RETURN DISTINCT t ORDER BY t.searchName, t.id } AS related,
					  [] AS languages,
					  COLLECT { MATCH (c)<-[p:PARTY_TO]-(a) WHERE CURRENT(p) AND LIVE(a)
					    RETURN DISTINCT a ORDER BY a.searchName, a.id } AS candidates,
					  c.validUntil AS date
					ORDER BY c.searchName, c.id
					""");

	/**
	 * Question 7: topics the external network (its networks of kind EXTERNAL and their
	 * working groups) works on that no contract in force covers; the partner
	 * organisations there would be the parties of one.
	 */
	static final String TOPICS_WITHOUT_CONTRACT = cypher(
			"""
					MATCH (net:Network {kind: 'EXTERNAL'}) WHERE LIVE(net)
					CALL (net) {
					  MATCH (net)-[o:ON_TOPIC]->(t:Topic) WHERE CURRENT(o) AND LIVE(t) RETURN net AS carrier, t
					  UNION
					  MATCH (net)<-[p:PART_OF]-(wg:WorkingGroup)-[o:ON_TOPIC]->(t:Topic)
					  WHERE CURRENT(p) AND CURRENT(o) AND LIVE(wg) AND LIVE(t) RETURN wg AS carrier, t
					}
					WITH t, collect(DISTINCT carrier) AS carriers
					WHERE NOT EXISTS { MATCH (t)<-[o:ON_TOPIC]-(c:Contract)
					  WHERE CURRENT(o) AND LIVE(c) AND c.status = 'ACTIVE'
					    AND (c.validFrom IS NULL OR c.validFrom <= $today) AND (c.validUntil IS NULL OR c.validUntil >= $today) }
					RETURN t AS subject, 'TOPIC_WITHOUT_CONTRACT' AS rule,
					  COLLECT { UNWIND carriers AS x RETURN x ORDER BY x.searchName, x.id } AS related,
					  [] AS languages,
					  COLLECT { UNWIND carriers AS x MATCH (x)<-[m:MEMBER_OF]-(a:Organisation) WHERE CURRENT(m) AND LIVE(a)
					    RETURN DISTINCT a ORDER BY a.searchName, a.id } AS candidates,
					  null AS date
					ORDER BY t.searchName, t.id
					""");

	/**
	 * Question 8: organisations outside every network; outside partners join the external
	 * networks.
	 */
	static final String ORGANISATIONS_WITHOUT_NETWORK = cypher(
			"""
					MATCH (o:Organisation) WHERE LIVE(o)
					  AND NOT EXISTS { MATCH (o)-[m:MEMBER_OF]->(n:Network) WHERE CURRENT(m) AND LIVE(n) }
					RETURN o AS subject, 'ORGANISATION_IN_NO_NETWORK' AS rule, [] AS related, [] AS languages,
					  COLLECT { MATCH (n:Network {kind: 'EXTERNAL'}) WHERE LIVE(n) RETURN n ORDER BY n.searchName, n.id } AS candidates,
					  null AS date
					ORDER BY o.searchName, o.id
					""");

	/** A network of kind EXTERNAL or one of its working groups, as node {@code x}. */
	private static final String EXTERNAL_NETWORK_X = """
			LIVE(x) AND ((x:Network AND x.kind = 'EXTERNAL')
			  OR (x:WorkingGroup AND EXISTS { MATCH (x)-[pp:PART_OF]->(n:Network {kind: 'EXTERNAL'}) WHERE CURRENT(pp) AND LIVE(n) }))""";

	/**
	 * Question 8: departments with no way into the external network, neither their own
	 * membership nor a member among their staff; their contact persons and deputies are
	 * the natural delegates.
	 */
	static final String DEPARTMENTS_WITHOUT_EXTERNAL_TIE = cypher("""
			MATCH (d:Department) WHERE LIVE(d)
			  AND NOT EXISTS { MATCH (d)-[m:MEMBER_OF]->(x) WHERE CURRENT(m) AND %1$s }
			  AND NOT EXISTS { MATCH (d)<-[w:WORKS_IN]-(s:Person)-[m:MEMBER_OF]->(x)
			    WHERE CURRENT(w) AND LIVE(s) AND CURRENT(m) AND %1$s }
			RETURN d AS subject, 'NO_EXTERNAL_TIE' AS rule, [] AS related, [] AS languages,
			  COLLECT { MATCH (d)<-[r:CONTACT_PERSON_FOR|DEPUTY_FOR]-(p:Person) WHERE CURRENT(r) AND LIVE(p) %2$s
			    AS candidates,
			  null AS date
			ORDER BY d.searchName, d.id
			""".formatted(EXTERNAL_NETWORK_X, ORDERED_P));

	/**
	 * Coverage topic × target group: per cell the distinct current experts on the topic
	 * who work with the group, plus the distinct offerings on the topic for the group.
	 */
	static final String TOPIC_TARGET_GROUP_COVERAGE = cypher("""
			CALL () {
			  MATCH (t:Topic) WHERE LIVE(t) AND ($topics IS NULL OR t.id IN $topics)
			  WITH t ORDER BY t.searchName, t.id
			  RETURN collect(t) AS rows
			}
			CALL () {
			  MATCH (g:TargetGroup) WHERE LIVE(g)
			  WITH g ORDER BY g.searchName, g.id
			  RETURN collect(g) AS columns
			}
			RETURN rows, columns, [t IN rows | [g IN columns |
			  COUNT { MATCH (t)<-[e:HAS_EXPERTISE]-(p:Person)-[w:WORKS_WITH]->(g)
			    WHERE CURRENT(e) AND CURRENT(w) AND LIVE(p) RETURN DISTINCT p }
			  + COUNT { MATCH (t)<-[o:ON_TOPIC]-(x:Offering)-[f:FOR_TARGET_GROUP]->(g)
			    WHERE CURRENT(o) AND CURRENT(f) AND LIVE(x) RETURN DISTINCT x }]] AS cells
			""");

	/**
	 * Coverage topic × network: per cell the distinct current members (persons, directly)
	 * of the network with current expertise on the topic.
	 */
	static final String TOPIC_NETWORK_COVERAGE = cypher("""
			CALL () {
			  MATCH (t:Topic) WHERE LIVE(t) AND ($topics IS NULL OR t.id IN $topics)
			  WITH t ORDER BY t.searchName, t.id
			  RETURN collect(t) AS rows
			}
			CALL () {
			  MATCH (n:Network) WHERE LIVE(n) AND ($networks IS NULL OR n.id IN $networks)
			  WITH n ORDER BY n.searchName, n.id
			  RETURN collect(n) AS columns
			}
			RETURN rows, columns, [t IN rows | [n IN columns |
			  COUNT { MATCH (t)<-[e:HAS_EXPERTISE]-(p:Person)-[m:MEMBER_OF]->(n)
			    WHERE CURRENT(e) AND CURRENT(m) AND LIVE(p) RETURN DISTINCT p }]] AS cells
			""");

	/** The given ids that name no entity of the label that is not archived. */
	private static final String UNKNOWN_IDS = cypher("""
			UNWIND $ids AS id
			OPTIONAL MATCH (n:Entity {id: id}) WHERE $label IN labels(n) AND LIVE(n)
			WITH id, n WHERE n IS NULL
			RETURN collect(DISTINCT id) AS unknown
			""");

	private final Neo4jClient client;

	private final Clock clock;

	GapQueries(Neo4jClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * Runs one gap query.
	 * @param cypher one of the gap queries of this class
	 * @param parameters its parameters besides {@code today}
	 * @return the rows, in the query's order
	 */
	List<Row> gaps(String cypher, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("today", today());
		return List.copyOf(this.client.query(cypher)
			.bindAll(all)
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(row.get("rule").asString(), node(row.get("subject")),
					nodes(row.get("related")), nodes(row.get("languages")), nodes(row.get("candidates")),
					row.get("date").isNull() ? null : row.get("date").asLocalDate()))
			.all());
	}

	/**
	 * Runs one coverage query.
	 * @param cypher {@link #TOPIC_TARGET_GROUP_COVERAGE} or
	 * {@link #TOPIC_NETWORK_COVERAGE}
	 * @param parameters its filters (null = all) besides {@code today}
	 * @return the matrix
	 */
	CoverageMatrix coverage(String cypher, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("today", today());
		return this.client.query(cypher)
			.bindAll(all)
			.fetchAs(CoverageMatrix.class)
			.mappedBy((types, row) -> new CoverageMatrix(nodes(row.get("rows")), nodes(row.get("columns")),
					row.get("cells").asList((cells) -> cells.asList(Value::asInt))))
			.one()
			.orElseThrow();
	}

	/**
	 * The ids that name no entity with the label, or an archived one.
	 * @param label the label (a constant of the caller)
	 * @param ids what the client sent
	 * @return the unknown ids, in no particular order
	 */
	List<String> unknown(String label, List<String> ids) {
		return this.client.query(UNKNOWN_IDS)
			.bindAll(Map.of("label", label, "ids", ids))
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("unknown").asList(Value::asString))
			.one()
			.map((list) -> (List<String>) list)
			.orElse(List.of());
	}

	/**
	 * Today, from the application's clock.
	 * @return today
	 */
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static GraphNode node(Value value) {
		return GraphQueries.toGraphNode(value.asNode());
	}

	private static List<GraphNode> nodes(Value value) {
		return value.asList(GapQueries::node);
	}

	/** Expands the shorthands {@code CURRENT(r)} and {@code LIVE(n)}. */
	private static String cypher(String text) {
		Matcher current = CURRENT.matcher(text);
		String expanded = current.replaceAll((match) -> Matcher.quoteReplacement(Validity.current(match.group(1))));
		return LIVE.matcher(expanded).replaceAll("coalesce($1.archived, false) = false");
	}

	/**
	 * One row of a gap query, before the message is written.
	 *
	 * @param rule the rule's code
	 * @param subject the entity with the gap
	 * @param related entities that explain it
	 * @param languages languages it is about
	 * @param candidates who or what could close it
	 * @param date the date that matters, or null
	 */
	record Row(String rule, GraphNode subject, List<GraphNode> related, List<GraphNode> languages,
			List<GraphNode> candidates, LocalDate date) {
	}

}
