package de.integrationsnetz.reach;

import de.integrationsnetz.graph.GraphNode;
import de.integrationsnetz.graph.TieProperties;

/**
 * One step of an introduction path (GraphQL type {@code IntroductionStep}): a node and
 * the tie that leads to it from the previous step; the tie fields are null on the first
 * step.
 *
 * @param node the entity at this step
 * @param tie the kind of tie from the previous step, or null on the first step
 * @param direction which way the tie points, seen from the previous step
 * @param label the tie read from the previous step to this one, e.g. "member of"
 * @param properties the relationship behind the tie (validity, role, function)
 */
record IntroductionStep(GraphNode node, TieKind tie, TieDirection direction, String label, TieProperties properties) {

	static IntroductionStep start(GraphNode node) {
		return new IntroductionStep(node, null, null, null, null);
	}

}
