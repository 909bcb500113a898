package de.integrationsnetz.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The network analyses, cached per scope. Before serving from the cache it runs the cheap
 * fingerprint query ({@link AnalysisQueries#fingerprint}); if the graph or the day has
 * changed since the cache was filled, by this instance or another, the cache is dropped
 * and the projection loaded anew (one query), shared by every scope computed after it.
 * <p>
 * What the fingerprint cannot see: a write that bypasses the audit trail and leaves the
 * node and relationship counts as they were (e.g. a property changed in the Neo4j
 * browser, or one node deleted and another created). Such a change shows at the next
 * audited write or the next day.
 */
@Component
class NetworkAnalyses {

	private static final String WHOLE = "";

	private final AnalysisQueries queries;

	private volatile Cached cached = new Cached("", null, new ConcurrentHashMap<>());

	NetworkAnalyses(AnalysisQueries queries) {
		this.queries = queries;
	}

	/**
	 * The analysis of the whole graph or of one network.
	 * @param network the network's id, or null for the whole graph
	 * @return the analysis, empty if the network is not in the projection (unknown or
	 * archived)
	 */
	Optional<NetworkAnalysis> analyse(String network) {
		String fingerprint = this.queries.fingerprint();
		Cached current = this.cached;
		if (!current.fingerprint().equals(fingerprint)) {
			current = new Cached(fingerprint, this.queries.projection(), new ConcurrentHashMap<>());
			this.cached = current;
		}
		Projection projection = current.projection();
		if (network != null && (!projection.nodes().containsKey(network)
				|| projection.nodes().get(network).type() != AnalysisNodeType.NETWORK)) {
			return Optional.empty();
		}
		return Optional.of(current.analyses()
			.computeIfAbsent((network != null) ? network : WHOLE,
					(key) -> StructureAnalysis.analyse(projection, network, this.queries.today())));
	}

	private record Cached(String fingerprint, Projection projection, Map<String, NetworkAnalysis> analyses) {

	}

}
