package de.integrationsnetz.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph the analysis works on, as loaded by {@link AnalysisQueries#projection}: the
 * current, not archived persons, departments, organisations, networks and working groups,
 * and the undirected ties between them. Nodes are in id order and ties in (from, to)
 * order, so the algorithms see the same graph in the same order every time.
 *
 * @param nodes the nodes by id, in id order
 * @param ties the ties, each once, {@code from} the smaller id
 * @param networkKinds the kind ({@code INTERNAL}, {@code EXTERNAL}) of every network
 */
record Projection(Map<String, Node> nodes, List<Tie> ties, Map<String, String> networkKinds) {

	/**
	 * A node of the projection.
	 *
	 * @param id the slug id
	 * @param name the name
	 * @param type the kind of entity
	 */
	record Node(String id, String name, AnalysisNodeType type) {

		boolean person() {
			return this.type == AnalysisNodeType.PERSON;
		}

	}

	/**
	 * An undirected tie.
	 *
	 * @param from the end with the smaller id
	 * @param to the end with the greater id
	 * @param kinds why the two are tied
	 */
	record Tie(String from, String to, Set<TieKind> kinds) {

	}

}
