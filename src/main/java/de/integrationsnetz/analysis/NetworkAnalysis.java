package de.integrationsnetz.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of the network analysis of one scope (GraphQL type {@code NetworkAnalysis}).
 * Lists of nodes are split into institutions (departments, organisations, networks,
 * working groups: the default view) and persons (sensitive; separate fields).
 *
 * @param scope what was analysed
 * @param network the network of a {@link AnalysisScope#NETWORK} scope, else null
 * @param asOf the day whose ties were analysed
 * @param nodeCount nodes of the projection in scope
 * @param tieCount ties of the projection in scope
 * @param articulationPoints institutions whose removal disconnects parts
 * @param personArticulationPoints persons whose removal disconnects parts
 * @param bridges ties between two institutions whose removal disconnects parts
 * @param personBridges ties with a person at one end whose removal disconnects parts
 * @param internalExternalCut the smallest set separating internal and external networks
 * @param institutionScores betweenness of every institution, highest first
 * @param personScores betweenness of every person, highest first
 * @param components connected components, largest first
 * @param communities the community × department table
 * @param graph the projection in scope itself, to draw it
 */
record NetworkAnalysis(AnalysisScope scope, String network, LocalDate asOf, int nodeCount, int tieCount,
		List<Projection.Node> articulationPoints, List<Projection.Node> personArticulationPoints,
		List<AnalysisTie> bridges, List<AnalysisTie> personBridges, InternalExternalCut internalExternalCut,
		List<CentralityScore> institutionScores, List<CentralityScore> personScores, List<Component> components,
		CommunityTable communities, AnalysisGraph graph) {

	/**
	 * The projection in scope as nodes and ties, split like the rest of the analysis into
	 * institutions and persons, for a map (the intranet widget draws it).
	 *
	 * @param nodes the institutions in scope, by name
	 * @param ties the ties between two institutions, by ids
	 * @param sharedPersonTies pairs of institutions not tied directly but both tied to
	 * one person, by ids; the kinds are those of the two ties through the person
	 * @param personNodes the persons in scope, by name
	 * @param personTies the ties with a person at one end, by ids
	 */
	record AnalysisGraph(List<Projection.Node> nodes, List<AnalysisTie> ties, List<AnalysisTie> sharedPersonTies,
			List<Projection.Node> personNodes, List<AnalysisTie> personTies) {

	}

	/**
	 * A tie as the API shows it.
	 *
	 * @param from the end with the smaller id
	 * @param to the other end
	 * @param kinds why they are tied
	 */
	record AnalysisTie(Projection.Node from, Projection.Node to, List<TieKind> kinds) {

	}

	/**
	 * The smallest set of nodes separating the internal from the external networks.
	 *
	 * @param separable false if a side is missing or the sides cannot be separated
	 * @param size the size of the set, persons included
	 * @param institutions the departments and organisations in it
	 * @param persons the persons in it
	 */
	record InternalExternalCut(boolean separable, int size, List<Projection.Node> institutions,
			List<Projection.Node> persons) {

		static InternalExternalCut notSeparable() {
			return new InternalExternalCut(false, 0, List.of(), List.of());
		}

	}

	/**
	 * A node's betweenness centrality.
	 *
	 * @param node the node
	 * @param betweenness the score, not normalised
	 */
	record CentralityScore(Projection.Node node, double betweenness) {

	}

	/**
	 * A connected component.
	 *
	 * @param size nodes, persons included
	 * @param isolated true for all but the largest
	 * @param members its institutions
	 * @param personCount its number of persons
	 * @param personMembers its persons
	 */
	record Component(int size, boolean isolated, List<Projection.Node> members, int personCount,
			List<Projection.Node> personMembers) {

	}

	/**
	 * Communities × departments.
	 *
	 * @param rows the communities
	 * @param columns the departments
	 * @param cells persons per community and department
	 */
	record CommunityTable(List<Community> rows, List<Projection.Node> columns, List<List<Integer>> cells) {

	}

	/**
	 * A community.
	 *
	 * @param index its row
	 * @param size nodes, persons included
	 * @param members its institutions
	 * @param personCount its number of persons
	 */
	record Community(int index, int size, List<Projection.Node> members, int personCount) {

	}

}
