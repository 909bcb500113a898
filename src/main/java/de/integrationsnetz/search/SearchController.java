package de.integrationsnetz.search;

import java.util.List;

import de.integrationsnetz.graph.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search}: German-aware full-text search over persons, organisations, departments,
 * topics, networks, working groups and offerings.
 */
@Controller
class SearchController {

	private final SearchQueries queries;

	SearchController(SearchQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	SearchHitConnection search(@Argument String text, @Argument List<SearchType> types, @Argument Integer first,
			@Argument String after) {
		SearchText search = SearchText.parse(text, this.queries.stopWords());
		PageRequest page = PageRequest.of(first, after);
		if (search.isEmpty()) {
			return SearchHitConnection.of(0, List.of(), page);
		}
		List<SearchType> searched = (types == null || types.isEmpty()) ? List.of(SearchType.values()) : types;
		return this.queries.search(search, searched, page);
	}

}
