package de.integrationsnetz.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.integrationsnetz.graph.GraphInputException;
import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.NotFoundError;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Reach (GraphQL, {@code paths.graphqls}): how to get to a person through the networks
 * ({@code pathToPerson}), and whom an organisation sends to each of its networks
 * ({@code Organisation.networkContacts}).
 */
@Controller
class ReachController {

	private static final int DEFAULT_MAX_HOPS = 4;

	private static final Set<String> START_TYPES = Set.of("Person", "Department");

	private final ReachQueries queries;

	ReachController(ReachQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	DataFetcherResult<List<IntroductionPath>> pathToPerson(@Argument String from, @Argument String to,
			@Argument Integer maxHops, DataFetchingEnvironment env) {
		int hops = (maxHops != null) ? maxHops : DEFAULT_MAX_HOPS;
		if (hops < 1 || hops > ReachQueries.MAX_HOPS) {
			throw new GraphInputException("maxHops",
					"maxHops must be between 1 and " + ReachQueries.MAX_HOPS + ", was " + hops);
		}
		Map<String, GraphNode> nodes = this.queries.findNodes(List.of(from, to));
		List<GraphQLError> unknown = Stream.of(from, to)
			.distinct()
			.filter((id) -> !nodes.containsKey(id))
			.map((id) -> notFound(env, id))
			.toList();
		if (!unknown.isEmpty()) {
			return DataFetcherResult.<List<IntroductionPath>>newResult().data(List.of()).errors(unknown).build();
		}
		GraphNode start = nodes.get(from);
		if (!START_TYPES.contains(start.type())) {
			throw new GraphInputException("from",
					"from must be a person or a department; '" + from + "' is a " + start.type());
		}
		GraphNode target = nodes.get(to);
		if (!"Person".equals(target.type())) {
			throw new GraphInputException("to", "to must be a person; '" + to + "' is a " + target.type());
		}
		List<IntroductionPath> paths = from.equals(to) ? List.of(IntroductionPath.toItself(start))
				: this.queries.shortestPaths(from, to, hops);
		return DataFetcherResult.<List<IntroductionPath>>newResult().data(paths).build();
	}

	@BatchMapping(typeName = "Organisation")
	List<List<NetworkContact>> networkContacts(List<GraphNode> organisations) {
		Map<String, List<NetworkContact>> byId = this.queries
			.networkContacts(organisations.stream().map(GraphNode::id).toList());
		return organisations.stream().map((organisation) -> byId.getOrDefault(organisation.id(), List.of())).toList();
	}

	private static GraphQLError notFound(DataFetchingEnvironment env, String id) {
		return NotFoundError.of(env, "No entity has the id '" + id + "'", Map.of("id", id));
	}

}
