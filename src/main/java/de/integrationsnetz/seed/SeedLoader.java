package de.integrationsnetz.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.integrationsnetz.graph.EntityType;
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
 * Loads a directory of seed files (the {@code graph-seed} format) into the graph: all
 * files are read and checked first, then written in one transaction, so a file set with
 * any problem writes nothing. Nodes are merged by id and relationships by their ends,
 * type and {@code since}, so loading the same files again changes nothing.
 */
@Component
public class SeedLoader {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ResourceLoader resources;

	SeedLoader(Neo4jClient client, PlatformTransactionManager transactionManager, ResourceLoader resources) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.resources = resources;
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
	 * Loads the seed files at a location.
	 * @param location a resource location of the seed directory, e.g.
	 * {@code classpath:graph-seed/} or {@code file:/path/to/dir/}
	 * @return how many node and relationship rows were read
	 * @throws SeedException if a file is missing or any row is invalid (nothing written)
	 */
	public Counts load(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		SeedGraph graph = SeedGraph.read((name) -> read(base + name), existingLabels(), enumValues());
		this.transactions.executeWithoutResult((status) -> write(graph));
		int nodes = graph.nodes().values().stream().mapToInt(List::size).sum();
		int relationships = graph.relationships().values().stream().mapToInt(List::size).sum();
		logger.info("Seed loaded from " + location + ": " + nodes + " entities, " + relationships + " relationships");
		return new Counts(nodes, relationships);
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
	 * Merges the entities of each type by id, sets their label and replaces their
	 * properties by the file's. The label is a constant of {@link EntityType}.
	 */
	private void write(SeedGraph graph) {
		graph.nodes().forEach((type, rows) -> this.client.query("""
				UNWIND $rows AS row
				MERGE (n:Entity {id: row.id})
				ON CREATE SET n.version = 1
				SET n:%s
				SET n += row.properties
				""".formatted(type.label())).bind(rows).to("rows").run());
		graph.relationships().forEach((file, rows) -> this.client.query("""
				UNWIND $rows AS row
				MATCH (a:Entity {id: row.from})
				MATCH (b:Entity {id: row.to})
				OPTIONAL MATCH (a)-[old:%1$s]->(b)
				  WHERE old.since = row.since OR (old.since IS NULL AND row.since IS NULL)
				WITH a, b, row, collect(old) AS olds
				FOREACH (ignored IN CASE WHEN size(olds) = 0 THEN [1] ELSE [] END |
				  CREATE (a)-[r:%1$s]->(b) SET r = row.properties)
				FOREACH (old IN olds | SET old = row.properties)
				""".formatted(file.name())).bind(rows).to("rows").run());
	}

	/**
	 * The label of every entity already in the graph, so that a seed cannot give an
	 * existing id a second label.
	 */
	private Map<String, String> existingLabels() {
		Map<String, String> labels = new HashMap<>();
		this.client.query("""
				MATCH (n:Entity)
				RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS label
				""").fetch().all().forEach((row) -> labels.put((String) row.get("id"), (String) row.get("label")));
		return labels;
	}

	/** The values of every enum type in the GraphQL schema, to check enum columns. */
	private Map<String, Set<String>> enumValues() {
		Resource schema = this.resources.getResource("classpath:graphql/schema.graphqls");
		try {
			TypeDefinitionRegistry registry = new SchemaParser()
				.parse(schema.getContentAsString(StandardCharsets.UTF_8));
			Map<String, Set<String>> values = new LinkedHashMap<>();
			registry.getTypes(EnumTypeDefinition.class)
				.forEach((type) -> values.put(type.getName(), new HashSet<>(
						type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList())));
			return values;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String read(String location) {
		Resource resource = this.resources.getResource(location);
		if (!resource.exists()) {
			return null;
		}
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

}
