package de.integrationsnetz.search;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import de.integrationsnetz.graph.GraphInputException;
import de.integrationsnetz.graph.PageRequest;

import org.springframework.stereotype.Component;

/**
 * Close matches for a name another feature could not resolve, from the full-text search:
 * the same German-aware matching (umlaut spellings, one typo, prefixes) that
 * {@code search} offers.
 */
@Component
public class NameSuggestions {

	private final SearchQueries queries;

	NameSuggestions(SearchQueries queries) {
		this.queries = queries;
	}

	/**
	 * Names of entities of one label that match the text, best first.
	 * @param label the entity label, e.g. {@code Topic}
	 * @param text what the user wrote
	 * @param limit how many names at most
	 * @return the names; empty if the label is not searchable or nothing matches
	 */
	public List<String> suggest(String label, String text, int limit) {
		Optional<SearchType> type = Stream.of(SearchType.values()).filter((t) -> t.label().equals(label)).findFirst();
		if (type.isEmpty()) {
			return List.of();
		}
		SearchText search;
		try {
			search = SearchText.parse(text, this.queries.stopWords());
		}
		catch (GraphInputException ex) {
			return List.of();
		}
		if (search.isEmpty()) {
			return List.of();
		}
		return this.queries.search(search, List.of(type.get()), new PageRequest(0, limit))
			.edges()
			.stream()
			.map((edge) -> (String) edge.node().node().get("name"))
			.toList();
	}

}
