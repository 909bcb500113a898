package de.integrationsnetz.editing;

import java.util.Map;

import de.integrationsnetz.graph.EntityType;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the mutations: {@code create<Type>} and {@code update<Type>} for every entity
 * type of the catalogue, {@code archive}, {@code restore}, {@code link}, {@code endLink},
 * and {@code confirmPerson} of {@code privacy.graphqls}.
 */
@Component
class EditingWiring implements RuntimeWiringConfigurer {

	private final GraphEditing editing;

	EditingWiring(GraphEditing editing) {
		this.editing = editing;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		TypeRuntimeWiring.Builder mutation = TypeRuntimeWiring.newTypeWiring("Mutation");
		for (EntityType type : EntityType.values()) {
			mutation.dataFetcher("create" + type.label(), (env) -> this.editing.create(type, input(env)));
			mutation.dataFetcher("update" + type.label(), (env) -> this.editing.update(type, input(env)));
		}
		mutation.dataFetcher("archive", (env) -> this.editing.archive(env.getArgument("id"), version(env), true));
		mutation.dataFetcher("restore", (env) -> this.editing.archive(env.getArgument("id"), version(env), false));
		mutation.dataFetcher("confirmPerson", (env) -> this.editing.confirmPerson(env.getArgument("id"),
				((Number) env.getArgument("expectedVersion")).longValue()));
		mutation.dataFetcher("link", (env) -> this.editing.link(input(env)));
		mutation.dataFetcher("endLink", (env) -> this.editing.endLink(input(env)));
		wiring.type(mutation);
	}

	private static Map<String, Object> input(DataFetchingEnvironment env) {
		return env.getArgument("input");
	}

	private static long version(DataFetchingEnvironment env) {
		return ((Number) env.getArgument("version")).longValue();
	}

}
