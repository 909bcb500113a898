package de.integrationsnetz.reach;

import java.util.List;

import de.integrationsnetz.graph.GraphNode;

/**
 * An introduction path (GraphQL type {@code IntroductionPath}): a chain of current ties
 * from a start to a person.
 *
 * @param hops the number of ties, one less than the number of steps
 * @param steps the start, the nodes between, and the person to reach, in order
 */
record IntroductionPath(int hops, List<IntroductionStep> steps) {

	/**
	 * The path from a node to itself: zero hops, one step.
	 * @param node the start, which is also the person to reach
	 * @return the path
	 */
	static IntroductionPath toItself(GraphNode node) {
		return new IntroductionPath(0, List.of(IntroductionStep.start(node)));
	}

}
