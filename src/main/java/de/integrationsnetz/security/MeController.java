package de.integrationsnetz.security;

import java.util.Locale;
import java.util.Optional;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.GraphQueries;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;

/**
 * {@code me}: the signed-in user's own Person.
 */
@Controller
class MeController {

	private final GraphQueries queries;

	MeController(GraphQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	GraphNode me(GraphQLContext context) {
		Caller caller = context.getOrDefault(AccessInstrumentation.CALLER, Caller.ANONYMOUS);
		if (caller.personId() != null) {
			return this.queries.findNode(caller.personId()).filter((node) -> "Person".equals(node.type())).orElse(null);
		}
		if (caller.personEmail() != null) {
			return byEmail(caller.personEmail().toLowerCase(Locale.ROOT)).orElse(null);
		}
		return null;
	}

	private Optional<GraphNode> byEmail(String email) {
		return this.queries.findPersonByEmail(email);
	}

}
