package de.integrationsnetz.gaps;

import java.time.LocalDate;
import java.util.List;

import de.integrationsnetz.graph.GraphNode;

/**
 * One gap in the integration network (GraphQL {@code Gap}).
 *
 * @param rule the stable code of the rule broken, e.g. {@code NO_CONTACT_PERSON}
 * @param message the rule broken, as a sentence
 * @param subject the entity with the gap
 * @param related entities that explain the gap
 * @param languages the languages the gap is about (missing needed languages)
 * @param candidates who or what could close the gap
 * @param date the date that matters (last event, end of contract), or null
 */
record Gap(String rule, String message, GraphNode subject, List<GraphNode> related, List<GraphNode> languages,
		List<GraphNode> candidates, LocalDate date) {

}
