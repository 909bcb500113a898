package de.integrationsnetz.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.integrationsnetz.audit.AuditTrail;
import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.MutationFailures;
import de.integrationsnetz.privacy.PersonDataExport.AuditLine;
import de.integrationsnetz.privacy.PersonDataExport.FieldValue;
import de.integrationsnetz.privacy.PrivacyQueries.StoredAuditEntry;
import de.integrationsnetz.security.SecuritySettings;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's rights over their data: the export of everything stored about them (Art. 15
 * DSGVO) and erasure (Art. 17), each in one transaction.
 *
 * <p>
 * What erasure leaves: in the audit trail, one line per former entry that concerned the
 * person, under a pseudonym ({@value #PSEUDONYM_PREFIX} and 12 random hex digits, drawn
 * from a {@link SecureRandom}, so that it cannot be recomputed from the id and is kept
 * nowhere else). In the person's own entries every before and after is removed, only the
 * field names, action, time and principal stay; in other entries their id becomes the
 * pseudonym and their name, e-mail and phone are cut out of every value
 * ({@value #ERASED}). The erasure itself is an {@code ERASE} entry under the pseudonym
 * that counts what was removed.
 */
@Component
class PersonDataRights {

	static final String PSEUDONYM_PREFIX = "erased-";

	/** What stands in a value where a person's name, e-mail or phone stood. */
	static final String ERASED = "[gelöscht]";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TypeReference<List<Map<String, Object>>> CHANGES = new TypeReference<>() {
	};

	private final PrivacyQueries queries;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final ObjectProvider<SecuritySettings> security;

	PersonDataRights(PrivacyQueries queries, PlatformTransactionManager transactionManager, AuditTrail audit,
			Clock clock, ObjectProvider<SecuritySettings> security) {
		this.queries = queries;
		this.security = security;
		this.transactions = new TransactionTemplate(transactionManager);
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Everything stored about a person, read in one transaction.
	 * @param id the person's id
	 * @return the export, or empty if no person has the id
	 */
	Optional<PersonDataExport> export(String id) {
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions.getTransactionManager());
		readOnly.setReadOnly(true);
		return readOnly.execute((status) -> this.queries.person(id, false).map((person) -> {
			String at = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).toString();
			Map<String, Object> properties = new LinkedHashMap<>(person.properties());
			var relationships = this.queries.relationships(id);
			List<AuditLine> entries = auditEntries(person).stream().map(this::line).toList();
			String document = this.json
				.writeValueAsString(PersonDataExport.document(id, at, properties, relationships, entries));
			return new PersonDataExport(id, at, PersonDataExport.values(properties), relationships, entries, document);
		}));
	}

	/**
	 * Erases a person: see the class comment.
	 * @param id the person's id
	 * @param version the version the client saw
	 * @return {@link ErasureResult.ErasureSuccess}, {@link ErasureResult.NotFound} or
	 * {@link ErasureResult.Conflict}
	 */
	Object erase(String id, long version) {
		return this.transactions.execute((status) -> {
			Optional<GraphNode> locked = this.queries.person(id, true);
			if (locked.isEmpty()) {
				status.setRollbackOnly();
				return new MutationFailures.NotFound("No person has the id '" + id + "'", id);
			}
			GraphNode person = locked.get();
			long current = (person.get(EntityType.VERSION) instanceof Number number) ? number.longValue() : 1L;
			if (current != version) {
				status.setRollbackOnly();
				return new MutationFailures.Conflict("'" + id + "' was changed meanwhile: the client saw version "
						+ version + ", the graph holds version " + current, person);
			}
			String pseudonym = PSEUDONYM_PREFIX + HexFormat.of().formatHex(randomBytes());
			List<String> values = identifying(person);
			List<StoredAuditEntry> pseudonymised = new ArrayList<>();
			for (StoredAuditEntry entry : auditEntries(person)) {
				StoredAuditEntry line = pseudonymise(entry, id, values, pseudonym);
				if (!line.equals(entry)) {
					pseudonymised.add(line);
				}
			}
			this.queries.rewrite(pseudonymised);
			int relationships = this.queries.detachDelete(id);
			this.audit.record("ERASE", EntityType.PERSON.label(), pseudonym,
					List.of(new AuditTrail.Change("relationships", null, relationships),
							new AuditTrail.Change("auditEntries", null, pseudonymised.size())));
			return new ErasureResult.ErasureSuccess(pseudonym, relationships, pseudonymised.size());
		});
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** The person's id, name, e-mail and phone: the values that identify them. */
	private static List<String> identifying(GraphNode person) {
		List<String> values = new ArrayList<>();
		values.add(person.id());
		for (String property : List.of("name", "email", "phone")) {
			if (person.get(property) instanceof String text && !text.isBlank()) {
				values.add(text);
			}
		}
		return values;
	}

	private List<StoredAuditEntry> auditEntries(GraphNode person) {
		List<String> values = identifying(person);
		List<String> jsonValues = values.stream().map(this::insideJson).toList();
		return this.queries.auditEntries(person.id(), principals(values), jsonValues);
	}

	/**
	 * The principals the audit trail may record for the person: their identifying values
	 * (single sign-on names are often the e-mail address) and the names of built-in users
	 * and tokens configured with their person id.
	 */
	private List<String> principals(List<String> values) {
		List<String> principals = new ArrayList<>(values);
		SecuritySettings settings = this.security.getIfAvailable();
		if (settings != null) {
			String id = values.get(0);
			settings.users()
				.stream()
				.filter((user) -> id.equals(user.person()) && user.name() != null)
				.forEach((user) -> principals.add(user.name()));
			settings.tokens()
				.stream()
				.filter((token) -> id.equals(token.person()) && token.name() != null)
				.forEach((token) -> principals.add(token.name()));
		}
		return principals;
	}

	/**
	 * A value as it is written inside a JSON string (quotes and escapes, no delimiters).
	 */
	private String insideJson(String value) {
		String quoted = this.json.writeValueAsString(value);
		return quoted.substring(1, quoted.length() - 1);
	}

	/**
	 * The entry as it stays after the erasure: the person's own entries lose every value;
	 * in others the id becomes the pseudonym and name, e-mail and phone are cut out.
	 */
	private StoredAuditEntry pseudonymise(StoredAuditEntry entry, String id, List<String> values, String pseudonym) {
		boolean own = id.equals(entry.entityId());
		List<Map<String, Object>> changes = new ArrayList<>();
		for (Map<String, Object> change : this.json.readValue(entry.changes(), CHANGES)) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("field", change.get("field"));
			line.put("before", own ? null : scrub(change.get("before"), id, values, pseudonym));
			line.put("after", own ? null : scrub(change.get("after"), id, values, pseudonym));
			changes.add(line);
		}
		String principal = principals(values).contains(entry.principal()) ? pseudonym : entry.principal();
		return new StoredAuditEntry(entry.id(), entry.at(), principal, entry.action(), entry.entityType(),
				own ? pseudonym : entry.entityId(), this.json.writeValueAsString(changes));
	}

	/**
	 * A value of another entity's entry without the person: name, e-mail and phone cut
	 * out, the id (as a whole slug, not inside a longer one) replaced by the pseudonym.
	 */
	private static Object scrub(Object value, String id, List<String> values, String pseudonym) {
		if (!(value instanceof String text)) {
			return value;
		}
		String scrubbed = text;
		for (String personal : values.subList(1, values.size())) {
			scrubbed = scrubbed.replace(personal, ERASED);
		}
		return scrubbed.replaceAll("(?<![a-z0-9-])" + Pattern.quote(id) + "(?![a-z0-9-])", pseudonym);
	}

	private AuditLine line(StoredAuditEntry entry) {
		List<FieldValue> changes = new ArrayList<>();
		for (Map<String, Object> change : this.json.readValue(entry.changes(), CHANGES)) {
			changes.add(new FieldValue(String.valueOf(change.get("field")), PersonDataExport.text(change.get("before")),
					PersonDataExport.text(change.get("after"))));
		}
		return new AuditLine(entry.id(), entry.at(), entry.principal(), entry.action(), entry.entityType(),
				entry.entityId(), changes);
	}

}
