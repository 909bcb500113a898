package de.integrationsnetz.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import de.integrationsnetz.audit.AuditTrail;
import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.graph.NameFolding;
import de.integrationsnetz.privacy.PersonRules;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes files in the graph-seed format into the graph: the seed on first start, the
 * {@code seed} and {@code import} commands and the {@code importGraph} mutation all come
 * here. Everything happens in one transaction: the graph's current state is read, the
 * files are read and checked against it ({@link SeedGraph}, the one reader of the
 * format), each row is compared with the graph, and only then, if no row has a problem,
 * the rows that differ are written. So a file set with any problem writes nothing, and
 * importing the same files again writes nothing: no version is counted up and no audit
 * entry is made.
 *
 * <p>
 * Entities are merged by id; a new one gets version 1, a changed one its version plus
 * one. Relationships are merged by their ends, type and {@code since}. An import never
 * deletes: what the files do not mention stays as it is.
 */
@Component
public class SeedLoader {

	/** The audit action of every write an import makes. */
	static final String AUDIT_ACTION = "IMPORT";

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ResourceLoader resources;

	private final AuditTrail audit;

	private Map<String, Set<String>> enums;

	private final Clock clock;

	SeedLoader(Neo4jClient client, PlatformTransactionManager transactionManager, ResourceLoader resources,
			AuditTrail audit, Clock clock) {
		this.client = client;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.resources = resources;
		this.audit = audit;
	}

	/**
	 * Whether the graph has no entities yet.
	 * @return true for an empty graph
	 */
	public boolean graphIsEmpty() {
		return this.client.query("MATCH (n:Entity) RETURN count(n) = 0 AS empty")
			.fetchAs(Boolean.class)
			.one()
			.orElse(true);
	}

	/**
	 * Loads a complete set of seed files (the {@code seed} command): every file of the
	 * format must exist. Changes are recorded in the audit trail.
	 * @param location a resource location of the seed directory, e.g.
	 * {@code classpath:graph-seed/} or {@code file:/path/to/dir/}
	 * @return how many node and relationship rows were read
	 * @throws SeedException if a file is missing or any row is invalid (nothing written)
	 */
	public Counts load(String location) {
		return load(location, true);
	}

	/**
	 * Loads the seed into an empty graph on first start. Not audited: the seed is the
	 * graph's starting state, not a change to it.
	 * @param location a resource location of the seed directory
	 * @return how many node and relationship rows were read
	 */
	Counts loadInitial(String location) {
		return load(location, false);
	}

	private Counts load(String location, boolean audited) {
		SeedFiles files = SeedFiles.fromLocation(this.resources, location);
		ImportReport report = run(files, true, false, audited, ImportProgress.NONE);
		if (!report.ok()) {
			throw new SeedException(report.errors());
		}
		int nodes = report.nodes().stream().mapToInt(this::rows).sum();
		int relationships = report.relationships().stream().mapToInt(this::rows).sum();
		logger.info("Seed loaded from " + location + ": " + nodes + " entities, " + relationships + " relationships");
		return new Counts(nodes, relationships);
	}

	private int rows(ImportReport.ImportCount count) {
		return count.created() + count.updated() + count.unchanged();
	}

	/**
	 * Rows read from a seed.
	 *
	 * @param nodes entity rows
	 * @param relationships relationship rows
	 */
	public record Counts(int nodes, int relationships) {
	}

	/**
	 * Imports a set of files, which may be partial (a file not in the set changes
	 * nothing). Every created or changed entity and relationship is recorded in the audit
	 * trail with action {@value #AUDIT_ACTION}, in the import's transaction.
	 * @param files the files
	 * @param dryRun only report, write nothing
	 * @param progress told about each file checked and written
	 * @return the report; with errors nothing was written
	 */
	ImportReport importFiles(SeedFiles files, boolean dryRun, ImportProgress progress) {
		return run(files, false, dryRun, true, progress);
	}

	private ImportReport run(SeedFiles files, boolean complete, boolean dryRun, boolean audited,
			ImportProgress progress) {
		Map<String, Set<String>> enumValues = enumValues();
		int fileCount = (int) files.files().keySet().stream().filter(SeedFiles.knownPaths()::contains).count();
		int total = dryRun ? fileCount : 2 * fileCount;
		AtomicInteger done = new AtomicInteger();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions.getTransactionManager());
		transaction.setReadOnly(dryRun);
		return transaction.execute((status) -> {
			Snapshot graph = snapshot();
			SeedGraph seed;
			try {
				seed = SeedGraph.read(files, complete, graph.labels(), enumValues, (file) -> progress
					.update(done.incrementAndGet(), total, "checking " + files.origin().name(file)));
			}
			catch (SeedException ex) {
				return ImportReport.failed(dryRun, ex.errors());
			}
			Plan plan = plan(seed, graph, LocalDate.now(this.clock));
			List<ImportReport.PossibleDuplicate> duplicates = Duplicates.find(seed, plan.changedIds(), graph);
			if (!dryRun) {
				write(plan, audited, (file) -> progress.update(done.incrementAndGet(), total,
						"writing " + files.origin().name(file)));
			}
			return new ImportReport(dryRun, !dryRun, plan.nodeCounts(), plan.relationshipCounts(), List.of(),
					duplicates);
		});
	}

	/**
	 * The graph as an import needs it: each entity's label and properties, and the
	 * relationships of the format's types with their properties.
	 *
	 * @param entities id → label and properties
	 * @param relationships type → {@link SeedGraph.Tie#key()} → properties
	 */
	record Snapshot(Map<String, Entity> entities, Map<String, Map<String, Map<String, Object>>> relationships) {

		Map<String, String> labels() {
			Map<String, String> labels = new HashMap<>();
			this.entities.forEach((id, entity) -> labels.put(id, entity.label()));
			return labels;
		}

	}

	/**
	 * An entity in the graph.
	 *
	 * @param label its label beside {@code Entity}
	 * @param properties all its properties
	 */
	record Entity(String label, Map<String, Object> properties) {
	}

	/**
	 * Reads every entity, and every relationship of the format's types between entities.
	 * Labels and relationship types are constants of the catalogue.
	 */
	private Snapshot snapshot() {
		Map<String, Entity> entities = new HashMap<>();
		this.client.query("""
				MATCH (n:Entity)
				RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label,
				  properties(n) AS properties
				""").fetch().all().forEach((row) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> properties = (Map<String, Object>) row.get("properties");
			entities.put((String) row.get("id"), new Entity((String) row.get("label"), properties));
		});
		Map<String, Map<String, Map<String, Object>>> relationships = new HashMap<>();
		for (RelationshipFile file : RelationshipFile.values()) {
			Map<String, Map<String, Object>> byKey = new HashMap<>();
			this.client.query("""
					MATCH (a:Entity)-[r:%s]->(b:Entity)
					RETURN a.id AS from, b.id AS to, properties(r) AS properties
					""".formatted(file.name())).fetch().all().forEach((row) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> properties = (Map<String, Object>) row.get("properties");
				byKey.putIfAbsent(
						SeedGraph.Tie.key((String) row.get("from"), (String) row.get("to"), properties.get("since")),
						properties);
			});
			relationships.put(file.name(), byKey);
		}
		return new Snapshot(entities, relationships);
	}

	/** A row to write, with the values before (empty if new) and after. */
	private record Change<T>(T row, Map<String, Object> before, Map<String, Object> after) {
	}

	/** The rows that differ from the graph, and the outcome of every row. */
	private record Plan(Map<EntityType, List<Change<SeedGraph.Node>>> nodes,
			Map<RelationshipFile, List<Change<SeedGraph.Tie>>> relationships, List<ImportReport.ImportCount> nodeCounts,
			List<ImportReport.ImportCount> relationshipCounts) {

		Set<String> changedIds() {
			Set<String> ids = new HashSet<>();
			this.nodes.values().forEach((changes) -> changes.forEach((change) -> ids.add(change.row().id())));
			return ids;
		}

	}

	/**
	 * Compares every row with the graph. Only the format's columns count: an entity is
	 * unchanged when its name, its properties of the format and (if the file has the
	 * column) its archived flag equal the graph's. A person's consent and review date
	 * follow {@link PersonRules#imported}.
	 */
	private static Plan plan(SeedGraph seed, Snapshot graph, LocalDate today) {
		Map<EntityType, List<Change<SeedGraph.Node>>> nodes = new LinkedHashMap<>();
		List<ImportReport.ImportCount> nodeCounts = new ArrayList<>();
		seed.nodes().forEach((type, rows) -> {
			List<Change<SeedGraph.Node>> changes = new ArrayList<>();
			Outcomes outcomes = new Outcomes();
			for (SeedGraph.Node node : rows) {
				Entity existing = graph.entities().get(node.id());
				Map<String, Object> after = node.properties();
				if (type == EntityType.PERSON) {
					after = PersonRules.imported(
							(existing != null) ? project(existing.properties(), node.properties()) : null,
							(existing != null) ? existing.properties().get(PersonRules.REVIEWED_ON) : null, after,
							today);
				}
				Map<String, Object> before = (existing != null) ? project(existing.properties(), after) : Map.of();
				outcomes.add(node.id(), existing != null, before.equals(after));
				if (existing == null || !before.equals(after)) {
					changes.add(new Change<>(node, before, after));
				}
			}
			nodes.put(type, changes);
			nodeCounts.add(outcomes.count(type.label()));
		});
		Map<RelationshipFile, List<Change<SeedGraph.Tie>>> relationships = new LinkedHashMap<>();
		List<ImportReport.ImportCount> relationshipCounts = new ArrayList<>();
		seed.relationships().forEach((file, rows) -> {
			List<Change<SeedGraph.Tie>> changes = new ArrayList<>();
			Outcomes outcomes = new Outcomes();
			Map<String, Map<String, Object>> existingOfType = graph.relationships().getOrDefault(file.name(), Map.of());
			for (SeedGraph.Tie tie : rows) {
				Map<String, Object> existing = existingOfType.get(tie.key());
				Map<String, Object> before = (existing != null) ? project(existing, tie.properties()) : Map.of();
				outcomes.add(tie.key(), existing != null, before.equals(tie.properties()));
				if (existing == null || !before.equals(tie.properties())) {
					changes.add(new Change<>(tie, before, tie.properties()));
				}
			}
			relationships.put(file, changes);
			relationshipCounts.add(outcomes.count(file.name()));
		});
		return new Plan(nodes, relationships, nodeCounts, relationshipCounts);
	}

	/**
	 * The graph's values of the keys a row has; {@code archived} as true or null, like
	 * the reader gives it.
	 */
	private static Map<String, Object> project(Map<String, Object> stored, Map<String, Object> row) {
		Map<String, Object> projected = new LinkedHashMap<>();
		for (String key : row.keySet()) {
			Object value = stored.get(key);
			if (SeedGraph.ARCHIVED_COLUMN.equals(key)) {
				value = Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
			}
			projected.put(key, value);
		}
		return projected;
	}

	/** Row keys by outcome, sorted. */
	private static final class Outcomes {

		private final Set<String> created = new TreeSet<>();

		private final Set<String> updated = new TreeSet<>();

		private final Set<String> unchanged = new TreeSet<>();

		void add(String key, boolean exists, boolean equal) {
			(!exists ? this.created : equal ? this.unchanged : this.updated).add(key);
		}

		ImportReport.ImportCount count(String name) {
			return new ImportReport.ImportCount(name, List.copyOf(this.created), List.copyOf(this.updated),
					List.copyOf(this.unchanged));
		}

	}

	/**
	 * Writes the rows that differ and records each in the audit trail. Entities are
	 * merged by id; the label is a constant of {@link EntityType}, the relationship type
	 * one of {@link RelationshipFile}. One query per file with changes, and one for all
	 * audit entries ({@link AuditTrail#recordAll}), however many rows changed.
	 */
	private void write(Plan plan, boolean audited, java.util.function.Consumer<String> onFile) {
		List<AuditTrail.Entry> entries = new ArrayList<>();
		plan.nodes().forEach((type, changes) -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Change<SeedGraph.Node> change : changes) {
				Map<String, Object> properties = new HashMap<>(change.after());
				String name = (String) properties.get("name");
				properties.put(NameFolding.SEARCH_NAME, NameFolding.spelledOut(name));
				properties.put(NameFolding.SEARCH_NAME_BARE, NameFolding.bare(name));
				rows.add(Map.of("id", change.row().id(), "properties", properties));
			}
			if (!rows.isEmpty()) {
				this.client.query("""
						UNWIND $rows AS row
						MERGE (n:Entity {id: row.id})
						ON CREATE SET n.version = 1
						ON MATCH SET n.version = coalesce(n.version, 1) + 1
						SET n:%s
						SET n += row.properties
						""".formatted(type.label())).bind(rows).to("rows").run();
			}
			for (Change<SeedGraph.Node> change : changes) {
				entries.add(new AuditTrail.Entry(type.label(), change.row().id(),
						AuditTrail.diff(change.before(), change.after())));
			}
			onFile.accept(SeedGraph.fileName(type));
		});
		plan.relationships().forEach((file, changes) -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Change<SeedGraph.Tie> change : changes) {
				Map<String, Object> row = new HashMap<>();
				row.put("from", change.row().from());
				row.put("to", change.row().to());
				row.put("since", change.row().since());
				row.put("properties", change.after());
				rows.add(row);
			}
			if (!rows.isEmpty()) {
				this.client.query("""
						UNWIND $rows AS row
						MATCH (a:Entity {id: row.from})
						MATCH (b:Entity {id: row.to})
						OPTIONAL MATCH (a)-[old:%1$s]->(b)
						  WHERE old.since = row.since OR (old.since IS NULL AND row.since IS NULL)
						WITH a, b, row, collect(old) AS olds
						FOREACH (ignored IN CASE WHEN size(olds) = 0 THEN [1] ELSE [] END |
						  CREATE (a)-[r:%1$s]->(b) SET r = row.properties)
						FOREACH (old IN olds | SET old = row.properties)
						""".formatted(file.name())).bind(rows).to("rows").run();
			}
			for (Change<SeedGraph.Tie> change : changes) {
				entries.add(new AuditTrail.Entry(file.name(), change.row().from(), tieChanges(change)));
			}
			onFile.accept(file.fileName());
		});
		if (audited) {
			this.audit.recordAll(AUDIT_ACTION, entries);
		}
	}

	/**
	 * The audit changes of a relationship: its end ({@code to}) and {@code since} always,
	 * as they name it, then every other field that changed.
	 */
	private static List<AuditTrail.Change> tieChanges(Change<SeedGraph.Tie> change) {
		boolean created = change.before().isEmpty();
		SeedGraph.Tie tie = change.row();
		List<AuditTrail.Change> changes = new ArrayList<>();
		changes.add(new AuditTrail.Change("to", created ? null : tie.to(), tie.to()));
		changes.add(new AuditTrail.Change("since", created ? null : tie.since(), tie.since()));
		Map<String, Object> before = new TreeMap<>();
		change.before().forEach((key, value) -> {
			if (!"since".equals(key) && value != null) {
				before.put(key, value);
			}
		});
		Map<String, Object> after = new TreeMap<>();
		change.after().forEach((key, value) -> {
			if (!"since".equals(key) && value != null) {
				after.put(key, value);
			}
		});
		changes.addAll(AuditTrail.diff(before, after));
		return changes;
	}

	/** The values of every enum type in the GraphQL schema, to check enum columns. */
	private synchronized Map<String, Set<String>> enumValues() {
		if (this.enums != null) {
			return this.enums;
		}
		Resource schema = this.resources.getResource("classpath:graphql/schema.graphqls");
		try {
			TypeDefinitionRegistry registry = new SchemaParser()
				.parse(schema.getContentAsString(StandardCharsets.UTF_8));
			Map<String, Set<String>> values = new LinkedHashMap<>();
			registry.getTypes(EnumTypeDefinition.class)
				.forEach((type) -> values.put(type.getName(), new HashSet<>(
						type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList())));
			this.enums = values;
			return values;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
