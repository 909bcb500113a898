package de.integrationsnetz.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Loads relationship fields in batches, so that a nested query costs one Cypher round
 * trip per field and level, however many parents the level has (no N+1).
 */
@Configuration(proxyBeanMethods = false)
class RelationLoader {

	static final String NAME = "relations";

	RelationLoader(BatchLoaderRegistry registry, GraphQueries queries) {
		registry.<RelationKey, Slice>forName(NAME)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(queries, keys)));
	}

	private static Map<RelationKey, Slice> load(GraphQueries queries, java.util.Set<RelationKey> keys) {
		Map<RelationKey, Slice> result = new HashMap<>();
		Map<RelationKey.Group, List<RelationKey>> groups = keys.stream()
			.collect(Collectors.groupingBy(RelationKey::group));
		groups.forEach((group, members) -> {
			Map<String, Slice> slices = queries.related(group.relation(),
					members.stream().map(RelationKey::parentId).distinct().toList(), group.page());
			members.forEach((key) -> result.put(key, slices.getOrDefault(key.parentId(), Slice.EMPTY)));
		});
		return result;
	}

}
