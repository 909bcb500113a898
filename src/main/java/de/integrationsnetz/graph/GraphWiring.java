package de.integrationsnetz.graph;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.dataloader.DataLoader;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the read API from the catalogues: {@code node(id)}, one root connection per
 * {@link EntityType}, the stored properties of every entity type, and every relationship
 * field of {@link Relations}, loaded through the batching {@link RelationLoader}.
 *
 * <p>
 * The fields are wired from the catalogues rather than written as one controller method
 * each because they are uniform: about a hundred methods would differ only in names. A
 * test checks that every field of the schema is wired.
 */
@Component
class GraphWiring implements RuntimeWiringConfigurer {

	private final GraphQueries queries;

	GraphWiring(GraphQueries queries) {
		this.queries = queries;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		TypeRuntimeWiring.Builder query = TypeRuntimeWiring.newTypeWiring("Query").dataFetcher("node", this::node);
		for (EntityType type : EntityType.values()) {
			query.dataFetcher(type.rootField(), (env) -> list(type, env));
			TypeRuntimeWiring.Builder entity = TypeRuntimeWiring.newTypeWiring(type.label())
				.dataFetcher("id", (env) -> source(env).id())
				.dataFetcher(EntityType.VERSION, (env) -> version(source(env)))
				.dataFetcher(EntityType.ARCHIVED, (env) -> Boolean.TRUE.equals(source(env).get(EntityType.ARCHIVED)));
			type.allProperties()
				.forEach((property) -> entity.dataFetcher(property.name(), (env) -> value(source(env), property)));
			Relations.all()
				.stream()
				.filter((relation) -> relation.parentType().equals(type.label()))
				.forEach((relation) -> entity.dataFetcher(relation.field(), (env) -> related(relation, env)));
			wiring.type(entity);
		}
		wiring.type(query);
		TypeResolver byLabel = (env) -> env.getSchema().getObjectType(((GraphNode) env.getObject()).type());
		wiring.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(byLabel));
		wiring.type(TypeRuntimeWiring.newTypeWiring(Relations.ACTOR).typeResolver(byLabel));
	}

	static long version(GraphNode node) {
		Object version = node.get(EntityType.VERSION);
		return (version instanceof Number number) ? number.longValue() : 1L;
	}

	/** A stored property; an optional flag that is not stored reads as false. */
	private static Object value(GraphNode node, EntityProperty property) {
		Object value = node.get(property.name());
		if (value == null && property.kind() == PropertyKind.BOOLEAN) {
			return Boolean.FALSE;
		}
		return value;
	}

	private static GraphNode source(DataFetchingEnvironment env) {
		return env.getSource();
	}

	private Object node(DataFetchingEnvironment env) {
		String id = env.getArgument("id");
		return this.queries.findNode(id)
			.<Object>map((node) -> node)
			.orElseGet(() -> DataFetcherResult.newResult().error(notFound(env, id)).build());
	}

	private Connection list(EntityType type, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(env.getArgument("first"), env.getArgument("after"));
		Map<String, Object> where = env.getArgumentOrDefault("where", Map.of());
		Map<String, Object> orderBy = env.getArgument("orderBy");
		GraphQueries.Order order = (orderBy != null)
				? GraphQueries.Order.of(type, (String) orderBy.get("field"), (String) orderBy.get("direction"))
				: GraphQueries.Order.BY_NAME;
		boolean includeArchived = Boolean.TRUE.equals(env.getArgument("includeArchived"));
		return this.queries.list(type, where, includeArchived, order, page).toConnection(page);
	}

	private CompletableFuture<Object> related(Relation relation, DataFetchingEnvironment env) {
		PageRequest page = relation.single() ? new PageRequest(0, 1)
				: PageRequest.of(env.getArgument("first"), env.getArgument("after"));
		DataLoader<RelationKey, Slice> loader = env.getDataLoader(RelationLoader.NAME);
		return loader.load(new RelationKey(relation, source(env).id(), page)).thenApply((slice) -> {
			if (!relation.single()) {
				return slice.toConnection(page);
			}
			return slice.items().isEmpty() ? null : slice.items().get(0).node();
		});
	}

	private static GraphQLError notFound(DataFetchingEnvironment env, String id) {
		return NotFoundError.of(env, "No entity has the id '" + id + "'", Map.of());
	}

}
