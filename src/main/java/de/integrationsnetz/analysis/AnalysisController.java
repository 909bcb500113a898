package de.integrationsnetz.analysis;

import java.util.List;
import java.util.Map;

import de.integrationsnetz.graph.GraphInputException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code analysis}: checks the scope, serves the (cached) analysis and cuts the
 * centrality rankings to the asked length.
 */
@Controller
class AnalysisController {

	private static final int MAX_TOP = 100;

	private final NetworkAnalyses analyses;

	AnalysisController(NetworkAnalyses analyses) {
		this.analyses = analyses;
	}

	@QueryMapping
	NetworkAnalysis analysis(@Argument AnalysisScope scope, @Argument String network) {
		AnalysisScope asked = (scope != null) ? scope : AnalysisScope.WHOLE;
		if (asked == AnalysisScope.NETWORK && network == null) {
			throw new GraphInputException("network", "'scope: NETWORK' needs the id of a network in 'network'");
		}
		if (asked == AnalysisScope.WHOLE && network != null) {
			throw new GraphInputException("network", "'network' only goes with 'scope: NETWORK'");
		}
		return this.analyses.analyse(network)
			.orElseThrow(() -> new GraphInputException("NOT_FOUND", "network",
					"No network has the id '" + network + "'", Map.of("value", network)));
	}

	@SchemaMapping(typeName = "NetworkAnalysis")
	List<NetworkAnalysis.CentralityScore> centrality(NetworkAnalysis analysis, @Argument Integer top) {
		return analysis.institutionScores().subList(0, Math.min(top(top), analysis.institutionScores().size()));
	}

	@SchemaMapping(typeName = "NetworkAnalysis")
	List<NetworkAnalysis.CentralityScore> personCentrality(NetworkAnalysis analysis, @Argument Integer top) {
		return analysis.personScores().subList(0, Math.min(top(top), analysis.personScores().size()));
	}

	private static int top(Integer top) {
		return GraphInputException.threshold("top", (top != null) ? top : 10, 1, MAX_TOP);
	}

}
