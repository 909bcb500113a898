package de.integrationsnetz.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of the generic read API: one entity by id, a root list with filter, order
 * and page, and the related entities of many parents at once.
 *
 * <p>
 * Labels, relationship types and property names in these queries come from
 * {@link EntityType} and {@link Relations} only; every value from a client is a bound
 * parameter.
 */
@Component
public class GraphQueries {

	/** Archived entities are kept but neither listed nor navigated to. */
	static final String NOT_ARCHIVED = "coalesce(node.archived, false) = false";

	private final Neo4jClient client;

	private final Clock clock;

	GraphQueries(Neo4jClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * Any entity by its id, through the uniqueness constraint on {@code Entity.id}.
	 * @param id the slug
	 * @return the entity, if one has this id
	 */
	public Optional<GraphNode> findNode(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) RETURN n")
			.bind(id)
			.to("id")
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> toGraphNode(row.get("n").asNode()))
			.one();
	}

	/**
	 * Takes the entity's write lock for the rest of the transaction and reads it as it is
	 * then: setting a marker property ({@code _lock}, removed again by the write that
	 * follows) makes Neo4j lock the node, so a concurrent writer waits here and then sees
	 * the committed state. Call it inside the write's transaction.
	 * @param id the entity's id
	 * @return the entity without the marker, empty if no entity has the id
	 */
	public Optional<GraphNode> lockForWrite(String id) {
		return this.client.query("MATCH (n:Entity {id: $id}) SET n._lock = true RETURN n")
			.bind(id)
			.to("id")
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> toGraphNode(row.get("n").asNode()))
			.one()
			.map((node) -> {
				Map<String, Object> properties = new HashMap<>(node.properties());
				properties.remove("_lock");
				return new GraphNode(node.type(), node.id(), properties);
			});
	}

	/**
	 * The current (not archived) person whose work e-mail address is this one, ignoring
	 * case; empty if none or more than one has it.
	 * @param email the address in lower case
	 * @return the person
	 */
	public Optional<GraphNode> findPersonByEmail(String email) {
		List<GraphNode> found = List.copyOf(this.client
			.query("MATCH (node:Person) WHERE toLower(node.email) = $email AND " + NOT_ARCHIVED
					+ " RETURN node AS n LIMIT 2")
			.bind(email)
			.to("email")
			.fetchAs(GraphNode.class)
			.mappedBy((types, row) -> toGraphNode(row.get("n").asNode()))
			.all());
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * A page of all entities of one type. The filter matches the folded name (see
	 * {@link NameFolding}) with the text indexes on {@code searchName} and
	 * {@code searchNameBare}, and enum and flag properties by equality; the order breaks
	 * ties by id so that pages are stable. The total is counted in the same query.
	 * @param type the entity type
	 * @param where property name to value; {@code nameContains} for the name
	 * @param includeArchived whether archived entities are listed too
	 * @param order the property to order by and whether descending
	 * @param page which part to read
	 * @return the page and the total
	 */
	Slice list(EntityType type, Map<String, Object> where, boolean includeArchived, Order order, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (!includeArchived) {
			conditions.add(NOT_ARCHIVED);
		}
		where.forEach((field, value) -> {
			if (value == null) {
				return;
			}
			if ("nameContains".equals(field)) {
				conditions.add("(node.searchName CONTAINS $spelledOut OR node.searchNameBare CONTAINS $bare)");
				parameters.put("spelledOut", NameFolding.spelledOut(value.toString()));
				parameters.put("bare", NameFolding.bare(value.toString()));
				return;
			}
			EntityProperty property = type.property(field)
				.filter(EntityProperty::filterable)
				.orElseThrow(() -> new GraphInputException("where", "'" + field + "' cannot be filtered"));
			conditions.add("node." + property.name() + " = $where_" + property.name());
			parameters.put("where_" + property.name(), value);
		});
		String cypher = "MATCH (node:" + type.label() + ")\n"
				+ (conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n")
				+ "WITH node ORDER BY node." + order.property() + (order.descending() ? " DESC" : "") + ", node.id\n"
				+ "WITH collect(node) AS nodes\n"
				+ "RETURN size(nodes) AS total, nodes[$offset..$offset + $limit] AS page";
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Slice.class)
			.mappedBy((types, row) -> new Slice(row.get("total").asInt(),
					row.get("page").asList((value) -> new Slice.Item(toGraphNode(value.asNode()), null))))
			.one()
			.orElse(Slice.EMPTY);
	}

	/**
	 * The current related entities of many parents along one relationship field, in one
	 * round trip: the parents are unwound, each parent's current related nodes (not
	 * archived) are collected in a subquery, ordered by folded name and id, and cut to
	 * the requested page, with the total per parent.
	 * @param relation the field to navigate
	 * @param parentIds the ids of the parents
	 * @param page the same page for every parent
	 * @return each parent's page by parent id (parents without related nodes included)
	 */
	Map<String, Slice> related(Relation relation, Collection<String> parentIds, PageRequest page) {
		String cypher = "UNWIND $ids AS parentId\n" + "MATCH (parent:Entity {id: parentId})\n" + "CALL (parent) {\n"
				+ "  MATCH " + relation.pattern() + "\n" + "  WHERE " + Validity.CURRENT + " AND " + NOT_ARCHIVED + "\n"
				+ "  WITH node, rel ORDER BY node.searchName, node.id, rel.since\n"
				+ "  RETURN collect({node: node, rel: rel}) AS items\n" + "}\n"
				+ "RETURN parentId, size(items) AS total, items[$offset..$offset + $limit] AS page";
		Map<String, Slice> result = new LinkedHashMap<>();
		this.client.query(cypher)
			.bindAll(Map.of("ids", List.copyOf(parentIds), "today", today(), "offset", page.offset(), "limit",
					page.limit()))
			.fetchAs(ParentSlice.class)
			.mappedBy((types, row) -> new ParentSlice(row.get("parentId").asString(),
					new Slice(row.get("total").asInt(), row.get("page").asList(GraphQueries::toItem))))
			.all()
			.forEach((parentSlice) -> result.put(parentSlice.parentId(), parentSlice.slice()));
		return result;
	}

	private record ParentSlice(String parentId, Slice slice) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Slice.Item toItem(Value value) {
		Relationship rel = value.get("rel").asRelationship();
		TieProperties tie = new TieProperties(rel.type(), localDate(rel.get("since")), localDate(rel.get("until")),
				string(rel.get("role")), string(rel.get("function")), string(rel.get("level")));
		return new Slice.Item(toGraphNode(value.get("node").asNode()), tie);
	}

	private static LocalDate localDate(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	public static GraphNode toGraphNode(Node node) {
		String type = null;
		for (String label : node.labels()) {
			if (EntityType.ofLabel(label).isPresent()) {
				type = label;
			}
		}
		Map<String, Object> properties = new LinkedHashMap<>(node.asMap());
		return new GraphNode(type, node.get("id").asString(), properties);
	}

	/**
	 * An order of a root list.
	 *
	 * @param property the property to order by
	 * @param descending whether to reverse the order
	 */
	record Order(String property, boolean descending) {

		static final Order BY_NAME = new Order(NameFolding.SEARCH_NAME, false);

		/**
		 * Resolves a GraphQL order field such as {@code NAME} or {@code VALID_UNTIL}.
		 * @param type the listed entity type
		 * @param field the enum value of the order field
		 * @param direction {@code ASC} or {@code DESC}
		 * @return the order
		 */
		static Order of(EntityType type, String field, String direction) {
			boolean descending = "DESC".equals(direction);
			if (field == null || "NAME".equals(field)) {
				return new Order(NameFolding.SEARCH_NAME, descending);
			}
			String camel = toCamelCase(field);
			EntityProperty property = type.property(camel)
				.filter(EntityProperty::orderable)
				.orElseThrow(() -> new GraphInputException("orderBy", "cannot order by " + field));
			return new Order(property.name(), descending);
		}

		private static String toCamelCase(String constant) {
			StringBuilder result = new StringBuilder();
			for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
				result.append(result.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
			}
			return result.toString();
		}

	}

}
