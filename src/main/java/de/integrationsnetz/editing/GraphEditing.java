package de.integrationsnetz.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.integrationsnetz.audit.AuditTrail;
import de.integrationsnetz.editing.EditResult.EntitySuccess;
import de.integrationsnetz.editing.EditResult.LinkSuccess;
import de.integrationsnetz.graph.EntityProperty;
import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;
import de.integrationsnetz.graph.MutationFailures.Conflict;
import de.integrationsnetz.graph.MutationFailures.FieldError;
import de.integrationsnetz.graph.MutationFailures.NotFound;
import de.integrationsnetz.graph.MutationFailures.ValidationFailed;
import de.integrationsnetz.graph.NameFolding;
import de.integrationsnetz.graph.TieProperties;
import de.integrationsnetz.graph.Validity;
import de.integrationsnetz.privacy.PersonRules;
import de.integrationsnetz.exchange.RelationshipFile;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write of the coordination office: create, update, archive and restore entities,
 * link and end relationships. Each write is one transaction: it validates against the
 * graph as it is, writes, and records the audit entry, or writes nothing.
 *
 * <p>
 * Optimistic locking: an update names the version the client saw. The write first takes
 * the entity's write lock (by setting a marker property), then compares versions, so of
 * two concurrent updates of one version exactly one succeeds and the other gets
 * {@link Conflict}.
 */
@Component
class GraphEditing {

	private final Neo4jClient client;

	private final GraphQueries queries;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	GraphEditing(Neo4jClient client, GraphQueries queries, PlatformTransactionManager transactionManager,
			AuditTrail audit, Clock clock) {
		this.client = client;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.clock = clock;
	}

	Object create(EntityType type, Map<String, Object> input) {
		return this.transactions.execute((status) -> {
			Map<String, Object> properties = entityProperties(type, input, Map.of());
			if (type == EntityType.PERSON) {
				properties.putIfAbsent(PersonRules.CONTACT_CONSENT, Boolean.FALSE);
				properties.put(PersonRules.REVIEWED_ON, today());
			}
			List<FieldError> errors = new ArrayList<>(EntityRules.check(type, properties));
			String id = (String) input.get("id");
			if (id != null) {
				if (!EntityRules.SLUG.matcher(id).matches() || id.length() > 60) {
					errors.add(new FieldError("id",
							"id '" + id + "' is no slug (a-z, 0-9, single hyphens, at most 60 characters)",
							"INVALID_FORMAT"));
				}
				else {
					String given = id;
					labelOf(given).ifPresent((label) -> errors
						.add(new FieldError("id", "id '" + given + "' is already used by a " + label, "DUPLICATE")));
				}
			}
			else if (properties.get("name") != null) {
				id = freeId(EntityRules.slug((String) properties.get("name")));
			}
			errors.addAll(uniqueness(type, properties, null));
			if (!errors.isEmpty()) {
				return rollback(status, ValidationFailed.of(errors));
			}
			Map<String, Object> stored = withSearchNames(properties);
			stored.put(EntityType.VERSION, 1L);
			GraphNode node = this.client
				.query("CREATE (n:Entity:%s) SET n = $properties, n.id = $id RETURN n".formatted(type.label()))
				.bindAll(Map.of("properties", stored, "id", id))
				.fetchAs(GraphNode.class)
				.mappedBy((types, row) -> GraphQueries.toGraphNode(row.get("n").asNode()))
				.one()
				.orElseThrow();
			this.audit.record("CREATE", type.label(), id, AuditTrail.diff(Map.of(), nonNull(properties)));
			return new EntitySuccess(node);
		});
	}

	Object update(EntityType type, Map<String, Object> input) {
		String id = (String) input.get("id");
		long version = ((Number) input.get("version")).longValue();
		return this.transactions.execute((status) -> {
			Optional<GraphNode> locked = this.queries.lockForWrite(id);
			if (locked.isEmpty() || !type.label().equals(locked.get().type())) {
				return rollback(status, NotFound.of(id));
			}
			GraphNode current = locked.get();
			if (versionOf(current) != version) {
				return rollback(status, conflict(current, version));
			}
			Map<String, Object> before = entityProperties(type, current.properties(), Map.of());
			Map<String, Object> after = entityProperties(type, input, before);
			if (type == EntityType.PERSON) {
				reviewed(input, after);
			}
			List<FieldError> errors = new ArrayList<>(EntityRules.check(type, after));
			errors.addAll(uniqueness(type, after, id));
			if (!errors.isEmpty()) {
				return rollback(status, ValidationFailed.of(errors));
			}
			List<AuditTrail.Change> changes = AuditTrail.diff(nonNull(before), nonNull(after));
			GraphNode node = write(id, changes.isEmpty() ? Map.of() : withSearchNames(after), !changes.isEmpty());
			if (!changes.isEmpty()) {
				this.audit.record("UPDATE", type.label(), id, changes);
			}
			return new EntitySuccess(node);
		});
	}

	/**
	 * {@code confirmPerson}: the entry was checked and is correct; its review date
	 * becomes today.
	 */
	Object confirmPerson(String id, long version) {
		return this.transactions.execute((status) -> {
			Optional<GraphNode> locked = this.queries.lockForWrite(id);
			if (locked.isEmpty() || !EntityType.PERSON.label().equals(locked.get().type())) {
				return rollback(status, NotFound.of(id));
			}
			GraphNode current = locked.get();
			if (versionOf(current) != version) {
				return rollback(status, conflict(current, version));
			}
			Object before = current.get(PersonRules.REVIEWED_ON);
			GraphNode node = write(id, Map.of(PersonRules.REVIEWED_ON, today()), true);
			this.audit.record("CONFIRM", current.type(), id,
					List.of(new AuditTrail.Change(PersonRules.REVIEWED_ON, before, today())));
			return new EntitySuccess(node);
		});
	}

	/**
	 * A person's update is a review: the review date becomes today, and withdrawing the
	 * consent without naming its day clears the day.
	 */
	private void reviewed(Map<String, Object> input, Map<String, Object> after) {
		if (Boolean.FALSE.equals(input.get(PersonRules.CONTACT_CONSENT))
				&& !input.containsKey(PersonRules.CONTACT_CONSENT_ON)) {
			after.put(PersonRules.CONTACT_CONSENT_ON, null);
		}
		if (after.get(PersonRules.CONTACT_CONSENT) == null) {
			after.put(PersonRules.CONTACT_CONSENT, Boolean.FALSE);
		}
		after.put(PersonRules.REVIEWED_ON, today());
	}

	Object archive(String id, long version, boolean archived) {
		return this.transactions.execute((status) -> {
			Optional<GraphNode> locked = this.queries.lockForWrite(id);
			if (locked.isEmpty()) {
				return rollback(status, NotFound.of(id));
			}
			GraphNode current = locked.get();
			if (versionOf(current) != version) {
				return rollback(status, conflict(current, version));
			}
			boolean was = Boolean.TRUE.equals(current.get(EntityType.ARCHIVED));
			if (was == archived) {
				write(id, Map.of(), false);
				return new EntitySuccess(current);
			}
			Map<String, Object> change = new HashMap<>();
			change.put(EntityType.ARCHIVED, archived);
			change.put("archivedAt", archived ? today() : null);
			GraphNode node = write(id, change, true);
			this.audit.record(archived ? "ARCHIVE" : "RESTORE", current.type(), id,
					List.of(new AuditTrail.Change(EntityType.ARCHIVED, was, archived)));
			return new EntitySuccess(node);
		});
	}

	Object link(Map<String, Object> input) {
		RelationshipFile type = RelationshipFile.valueOf((String) input.get("type"));
		String fromId = (String) input.get("from");
		String toId = (String) input.get("to");
		return this.transactions.execute((status) -> {
			Optional<GraphNode> from = this.queries.lockForWrite(fromId);
			if (from.isEmpty()) {
				return rollback(status, NotFound.of(fromId));
			}
			Optional<GraphNode> to = this.queries.findNode(toId);
			if (to.isEmpty()) {
				return rollback(status, NotFound.of(toId));
			}
			List<FieldError> errors = new ArrayList<>();
			if (!type.allows(from.get().type(), to.get().type())) {
				errors.add(new FieldError("type",
						type.name() + " cannot join a " + from.get().type() + " to a " + to.get().type(),
						"NOT_ALLOWED"));
			}
			if (fromId.equals(toId)) {
				errors.add(new FieldError("to", "an entity cannot be tied to itself", "NOT_ALLOWED"));
			}
			LocalDate since = (input.get("since") != null) ? (LocalDate) input.get("since") : today();
			LocalDate until = (LocalDate) input.get("until");
			if (until != null && until.isBefore(since)) {
				errors.add(new FieldError("until", "until " + until + " is before since " + since, "DATE_ORDER"));
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("since", since);
			if (until != null) {
				properties.put("until", until);
			}
			for (String extra : List.of("role", "function", "level")) {
				Object value = input.get(extra);
				if (value == null) {
					if ("level".equals(extra) && type == RelationshipFile.HAS_EXPERTISE) {
						errors.add(new FieldError("level", "level is required for HAS_EXPERTISE", "REQUIRED"));
					}
					continue;
				}
				if (!type.extraColumns().contains(extra)) {
					errors.add(new FieldError(extra, type.name() + " has no " + extra, "NOT_ALLOWED"));
				}
				else if (value.toString().length() > 200) {
					errors.add(new FieldError(extra, extra + " has more than 200 characters", "TOO_LONG"));
				}
				else {
					properties.put(extra, value);
				}
			}
			if (errors.isEmpty() && createsCycle(type, from.get(), to.get())) {
				errors.add(new FieldError("to", "'" + toId + "' lies below '" + fromId + "' already; the " + type.name()
						+ " tie would make a cycle", "CYCLE"));
			}
			if (!errors.isEmpty()) {
				return rollback(status, ValidationFailed.of(errors));
			}
			if (overlaps(type, fromId, toId, since, until)) {
				return rollback(status, new Conflict("A " + type.name() + " tie from '" + fromId + "' to '" + toId
						+ "' already holds in that period", from.get()));
			}
			Relationship created = this.client.query("""
					MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
					CREATE (a)-[r:%s]->(b) SET r = $properties
					REMOVE a._lock
					RETURN r
					""".formatted(type.name()))
				.bindAll(Map.of("from", fromId, "to", toId, "properties", properties))
				.fetchAs(Relationship.class)
				.mappedBy((types, row) -> row.get("r").asRelationship())
				.one()
				.orElseThrow();
			Map<String, Object> logged = new LinkedHashMap<>(properties);
			logged.put("to", toId);
			this.audit.record("LINK", type.name(), fromId, AuditTrail.diff(Map.of(), logged));
			return new LinkSuccess(from.get(), to.get(), tie(created));
		});
	}

	Object endLink(Map<String, Object> input) {
		RelationshipFile type = RelationshipFile.valueOf((String) input.get("type"));
		String fromId = (String) input.get("from");
		String toId = (String) input.get("to");
		LocalDate until = (input.get("until") != null) ? (LocalDate) input.get("until") : today();
		return this.transactions.execute((status) -> {
			Optional<GraphNode> from = this.queries.lockForWrite(fromId);
			Optional<GraphNode> to = this.queries.findNode(toId);
			if (from.isEmpty() || to.isEmpty()) {
				return rollback(status, NotFound.of(from.isEmpty() ? fromId : toId));
			}
			List<Relationship> current = this.client.query("""
					MATCH (a:Entity {id: $from})-[r:%s]->(b:Entity {id: $to})
					WHERE %s
					RETURN r ORDER BY r.since
					""".formatted(type.name(), Validity.current("r")))
				.bindAll(Map.of("from", fromId, "to", toId, "today", today()))
				.fetchAs(Relationship.class)
				.mappedBy((types, row) -> row.get("r").asRelationship())
				.all()
				.stream()
				.toList();
			if (current.isEmpty()) {
				return rollback(status, new NotFound(
						"No current " + type.name() + " tie from '" + fromId + "' to '" + toId + "'", fromId));
			}
			Relationship tie = current.get(0);
			LocalDate since = tie.get("since").isNull() ? null : tie.get("since").asLocalDate();
			if (since != null && until.isBefore(since)) {
				return rollback(status, ValidationFailed.of(List.of(new FieldError("until",
						"until " + until + " is before the tie's since " + since, "DATE_ORDER"))));
			}
			Relationship ended = this.client.query("""
					MATCH (a:Entity {id: $from})-[r]->()
					WHERE elementId(r) = $element
					SET r.until = $until
					REMOVE a._lock
					RETURN r
					""")
				.bindAll(Map.of("from", fromId, "element", tie.elementId(), "until", until))
				.fetchAs(Relationship.class)
				.mappedBy((types, row) -> row.get("r").asRelationship())
				.one()
				.orElseThrow();
			Map<String, Object> before = new HashMap<>();
			before.put("until", null);
			before.put("to", toId);
			this.audit.record("END_LINK", type.name(), fromId,
					AuditTrail.diff(before, Map.of("until", until, "to", toId)));
			return new LinkSuccess(from.get(), to.get(), tie(ended));
		});
	}

	/**
	 * Writes changed properties (if any), counts the version up if asked, drops the lock.
	 */
	private GraphNode write(String id, Map<String, Object> properties, boolean newVersion) {
		return this.client.query("""
				MATCH (n:Entity {id: $id})
				SET n += $properties
				SET n.version = CASE WHEN $newVersion THEN coalesce(n.version, 1) + 1 ELSE n.version END
				REMOVE n._lock
				RETURN n
				""")
			.bindAll(Map.of("id", id, "properties", properties, "newVersion", newVersion))
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> GraphQueries.toGraphNode(row.get("n").asNode()))
			.one()
			.orElseThrow();
	}

	private Optional<String> labelOf(String id) {
		return this.queries.findNode(id).map(GraphNode::type);
	}

	private String freeId(String base) {
		String id = base;
		for (int n = 2; labelOf(id).isPresent(); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** Names that must be unique per type, and unique language codes. */
	private List<FieldError> uniqueness(EntityType type, Map<String, Object> properties, String ownId) {
		List<FieldError> errors = new ArrayList<>();
		Object name = properties.get("name");
		if (EntityRules.UNIQUE_NAMES.contains(type) && name != null) {
			this.client
				.query("MATCH (n:%s) WHERE n.searchName = $folded AND n.id <> $own RETURN n.id".formatted(type.label()))
				.bindAll(Map.of("folded", NameFolding.spelledOut((String) name), "own", String.valueOf(ownId)))
				.fetchAs(String.class)
				.first()
				.ifPresent((other) -> errors.add(new FieldError("name",
						"a " + type.label() + " named '" + name + "' exists already ('" + other + "')", "DUPLICATE")));
		}
		if (type == EntityType.LANGUAGE && properties.get("code") != null) {
			this.client.query("MATCH (n:Language) WHERE n.code = $code AND n.id <> $own RETURN n.id")
				.bindAll(Map.of("code", properties.get("code"), "own", String.valueOf(ownId)))
				.fetchAs(String.class)
				.first()
				.ifPresent((other) -> errors.add(new FieldError("code",
						"the code '" + properties.get("code") + "' belongs to '" + other + "' already", "DUPLICATE")));
		}
		return errors;
	}

	/** BROADER among topics and PART_OF among departments form trees: no cycles. */
	private boolean createsCycle(RelationshipFile type, GraphNode from, GraphNode to) {
		boolean hierarchy = type == RelationshipFile.BROADER
				|| (type == RelationshipFile.PART_OF && "Department".equals(to.type()));
		if (!hierarchy) {
			return false;
		}
		return this.client.query("""
				MATCH (top:Entity {id: $to}), (bottom:Entity {id: $from})
				RETURN EXISTS { MATCH (top)-[:%s*1..]->(bottom) } AS cycle
				""".formatted(type.name()))
			.bindAll(Map.of("from", from.id(), "to", to.id()))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * Whether a tie of the type between the two already holds on some day of the period.
	 */
	private boolean overlaps(RelationshipFile type, String from, String to, LocalDate since, LocalDate until) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("since", since);
		parameters.put("until", until);
		return this.client
			.query("""
					MATCH (:Entity {id: $from})-[r:%s]->(:Entity {id: $to})
					WHERE (r.until IS NULL OR r.until >= $since) AND ($until IS NULL OR r.since IS NULL OR r.since <= $until)
					RETURN count(r) > 0
					"""
				.formatted(type.name()))
			.bindAll(parameters)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	/**
	 * The entity's own properties after applying the input over a base: fields present in
	 * the input replace the base's (blank text counts as none), others stay.
	 */
	private static Map<String, Object> entityProperties(EntityType type, Map<String, Object> input,
			Map<String, Object> base) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (EntityProperty property : type.allProperties()) {
			String name = property.name();
			Object value = input.containsKey(name) ? input.get(name) : base.get(name);
			if (value instanceof String text) {
				value = text.isBlank() ? null : text.strip();
			}
			if (value instanceof Integer number) {
				value = number.longValue();
			}
			properties.put(name, value);
		}
		return properties;
	}

	private static Map<String, Object> withSearchNames(Map<String, Object> properties) {
		Map<String, Object> stored = new HashMap<>(properties);
		stored.put(NameFolding.SEARCH_NAME, NameFolding.spelledOut((String) properties.get("name")));
		stored.put(NameFolding.SEARCH_NAME_BARE, NameFolding.bare((String) properties.get("name")));
		return stored;
	}

	private static Map<String, Object> nonNull(Map<String, Object> properties) {
		Map<String, Object> result = new LinkedHashMap<>();
		properties.forEach((key, value) -> {
			if (value != null) {
				result.put(key, value);
			}
		});
		return result;
	}

	private static long versionOf(GraphNode node) {
		Object version = node.get(EntityType.VERSION);
		return (version instanceof Number number) ? number.longValue() : 1L;
	}

	private static Conflict conflict(GraphNode current, long seen) {
		return new Conflict("'" + current.id() + "' was changed meanwhile: the client saw version " + seen
				+ ", the graph holds version " + versionOf(current), current);
	}

	private static TieProperties tie(Relationship r) {
		return new TieProperties(r.type(), date(r, "since"), date(r, "until"), text(r, "role"), text(r, "function"),
				text(r, "level"));
	}

	private static LocalDate date(Relationship r, String key) {
		return r.get(key).isNull() ? null : r.get(key).asLocalDate();
	}

	private static String text(Relationship r, String key) {
		return r.get(key).isNull() ? null : r.get(key).asString();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static <T> T rollback(TransactionStatus status, T result) {
		status.setRollbackOnly();
		return result;
	}

}
