package de.integrationsnetz.graph;

import java.time.LocalDate;

/**
 * The properties of the relationship behind an edge (GraphQL type
 * {@code RelationshipProperties}).
 *
 * @param type the relationship type, e.g. {@code MEMBER_OF}
 * @param since first day the tie held, if known
 * @param until last day the tie held, if it has ended
 * @param role role in a membership, participation or contract
 * @param function function in an employment
 * @param level expertise level
 */
public record TieProperties(String type, LocalDate since, LocalDate until, String role, String function, String level) {
}
