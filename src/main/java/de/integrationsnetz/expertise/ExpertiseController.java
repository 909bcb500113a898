package de.integrationsnetz.expertise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.integrationsnetz.graph.GraphInputException;
import de.integrationsnetz.graph.PageRequest;

import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code findExperts}: resolves what the client named, refuses what does not exist (with
 * close matches), and runs the finder query.
 */
@Controller
class ExpertiseController {

	private final ExpertiseQueries queries;

	ExpertiseController(ExpertiseQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	ExpertMatch.ExpertMatchConnection findExperts(@Arguments FindExpertsArguments arguments) {
		PageRequest page = PageRequest.of(arguments.first(), arguments.after());
		ExpertiseQueries.Criteria criteria = resolve(arguments);
		ExpertiseQueries.Result result = this.queries.find(criteria, page);
		List<ExpertMatch.Edge> edges = new ArrayList<>();
		for (int i = 0; i < result.matches().size(); i++) {
			edges.add(new ExpertMatch.Edge(page.cursor(i), result.matches().get(i)));
		}
		return new ExpertMatch.ExpertMatchConnection(result.total(), page.pageInfo(edges.size(), result.total()),
				edges);
	}

	private ExpertiseQueries.Criteria resolve(FindExpertsArguments arguments) {
		String topic = named("topic", arguments.topic(), "Topic", "UNKNOWN_TOPIC",
				(value) -> this.queries.resolveByIdOrName("Topic", value));
		String language = named("language", arguments.language(), "Language", "UNKNOWN_LANGUAGE",
				this.queries::resolveLanguage);
		String targetGroup = named("targetGroup", arguments.targetGroup(), "TargetGroup", "UNKNOWN_TARGET_GROUP",
				(value) -> this.queries.resolveByIdOrName("TargetGroup", value));
		String department = existing("department", arguments.department(), "Department", "UNKNOWN_DEPARTMENT");
		String organisation = existing("organisation", arguments.organisation(), "Organisation",
				"UNKNOWN_ORGANISATION");
		String network = existing("network", arguments.network(), "Network", "UNKNOWN_NETWORK");
		ExpertiseQueries.Anchor anchor = (topic != null) ? ExpertiseQueries.Anchor.TOPIC
				: (language != null) ? ExpertiseQueries.Anchor.LANGUAGE
						: (targetGroup != null) ? ExpertiseQueries.Anchor.TARGET_GROUP
								: (department != null) ? ExpertiseQueries.Anchor.DEPARTMENT
										: (organisation != null) ? ExpertiseQueries.Anchor.ORGANISATION
												: (network != null) ? ExpertiseQueries.Anchor.NETWORK : null;
		if (anchor == null) {
			throw new GraphInputException("NO_CRITERIA", "topic",
					"Name at least one of topic, language, targetGroup, department, organisation or network", Map.of());
		}
		ExpertScope scope = (arguments.scope() != null) ? arguments.scope() : ExpertScope.ALL;
		return new ExpertiseQueries.Criteria(anchor, topic, language, targetGroup, department, organisation, network,
				scope);
	}

	private String named(String argument, String value, String label, String code,
			java.util.function.Function<String, Optional<String>> resolver) {
		if (value == null) {
			return null;
		}
		if (value.isBlank()) {
			throw new GraphInputException(code, argument, "'" + argument + "' is empty", Map.of());
		}
		return resolver.apply(value).orElseThrow(() -> {
			List<String> suggestions = this.queries.suggestions(label, value);
			String hint = suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?";
			return new GraphInputException(code, argument, "No " + argument + " '" + value + "'" + hint,
					Map.of("value", value, "suggestions", suggestions));
		});
	}

	private String existing(String argument, String id, String label, String code) {
		if (id == null) {
			return null;
		}
		if (!this.queries.exists(label, id)) {
			throw new GraphInputException(code, argument, "No " + argument + " has the id '" + id + "'",
					Map.of("value", id));
		}
		return id;
	}

}
