package de.integrationsnetz.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * Computes a {@link NetworkAnalysis} from a {@link Projection} with JGraphT: cut points
 * and bridges ({@link BiconnectivityInspector}), betweenness
 * ({@link BetweennessCentrality}), components ({@link ConnectivityInspector}),
 * communities ({@link LabelPropagationClustering}, fixed seed) and the internal/external
 * minimum vertex cut (max flow, {@link EdmondsKarpMFImpl}, on a split-node network).
 * Plain logic, no database: the graph is built in id order so that every result is
 * repeatable.
 */
final class StructureAnalysis {

	/** The seed of label propagation: the same graph gives the same communities. */
	static final long COMMUNITY_SEED = 20070327L;

	private static final String SOURCE = "\u0000source";

	private static final String SINK = "\u0000sink";

	private static final Comparator<Projection.Node> BY_NAME = Comparator.comparing(Projection.Node::name)
		.thenComparing(Projection.Node::id);

	private final Projection projection;

	private final Graph<String, Projection.Tie> graph;

	private StructureAnalysis(Projection projection, Set<String> scope) {
		this.projection = projection;
		this.graph = new SimpleGraph<>(Projection.Tie.class);
		projection.nodes().keySet().stream().filter(scope::contains).forEach(this.graph::addVertex);
		for (Projection.Tie tie : projection.ties()) {
			if (scope.contains(tie.from()) && scope.contains(tie.to())) {
				this.graph.addEdge(tie.from(), tie.to(), tie);
			}
		}
	}

	/**
	 * Analyses a scope of the projection.
	 * @param projection the whole projection
	 * @param network the network of a {@link AnalysisScope#NETWORK} scope (a network of
	 * the projection), or null for the whole projection
	 * @param asOf the day of the projection
	 * @return the analysis
	 */
	static NetworkAnalysis analyse(Projection projection, String network, LocalDate asOf) {
		Set<String> scope = (network != null) ? networkScope(projection, network) : projection.nodes().keySet();
		return new StructureAnalysis(projection, scope).analyse(network, asOf);
	}

	/**
	 * The network, its working groups, their members (the core), every node tied to the
	 * core, and (through the graph built from it) the ties among all of these.
	 */
	static Set<String> networkScope(Projection projection, String network) {
		Set<String> groups = new HashSet<>(Set.of(network));
		for (Projection.Tie tie : projection.ties()) {
			if (tie.kinds().contains(TieKind.WORKING_GROUP)
					&& (tie.from().equals(network) || tie.to().equals(network))) {
				groups.add(tie.from().equals(network) ? tie.to() : tie.from());
			}
		}
		Set<String> core = new HashSet<>(groups);
		for (Projection.Tie tie : projection.ties()) {
			if (tie.kinds().contains(TieKind.MEMBERSHIP)) {
				if (groups.contains(tie.from())) {
					core.add(tie.to());
				}
				if (groups.contains(tie.to())) {
					core.add(tie.from());
				}
			}
		}
		Set<String> scope = new HashSet<>(core);
		for (Projection.Tie tie : projection.ties()) {
			if (core.contains(tie.from()) || core.contains(tie.to())) {
				scope.add(tie.from());
				scope.add(tie.to());
			}
		}
		return scope;
	}

	private NetworkAnalysis analyse(String network, LocalDate asOf) {
		AnalysisScope scope = (network != null) ? AnalysisScope.NETWORK : AnalysisScope.WHOLE;
		BiconnectivityInspector<String, Projection.Tie> biconnectivity = new BiconnectivityInspector<>(this.graph);
		List<Projection.Node> cutpoints = nodes(biconnectivity.getCutpoints());
		List<NetworkAnalysis.AnalysisTie> bridges = biconnectivity.getBridges()
			.stream()
			.sorted(Comparator.comparing(Projection.Tie::from).thenComparing(Projection.Tie::to))
			.map(this::tie)
			.toList();
		List<NetworkAnalysis.CentralityScore> scores = centrality();
		return new NetworkAnalysis(scope, network, asOf, this.graph.vertexSet().size(), this.graph.edgeSet().size(),
				institutions(cutpoints), persons(cutpoints),
				bridges.stream().filter((t) -> !t.from().person() && !t.to().person()).toList(),
				bridges.stream().filter((t) -> t.from().person() || t.to().person()).toList(), internalExternalCut(),
				scores.stream().filter((s) -> !s.node().person()).toList(),
				scores.stream().filter((s) -> s.node().person()).toList(), components(), communities(), drawing());
	}

	/**
	 * The graph in scope for a map. Institutions tied only through persons would look
	 * unconnected on a map without persons, so each pair of institutions tied to one
	 * person, and not to each other, becomes a shared-person tie.
	 */
	private NetworkAnalysis.AnalysisGraph drawing() {
		List<Projection.Node> all = nodes(this.graph.vertexSet());
		List<Projection.Tie> ties = this.graph.edgeSet()
			.stream()
			.sorted(Comparator.comparing(Projection.Tie::from).thenComparing(Projection.Tie::to))
			.toList();
		Map<List<String>, Set<TieKind>> shared = new java.util.TreeMap<>(
				Comparator.comparing((List<String> pair) -> pair.get(0)).thenComparing((pair) -> pair.get(1)));
		for (Projection.Node person : persons(all)) {
			List<Projection.Tie> own = new ArrayList<>(this.graph.edgesOf(person.id()));
			own.removeIf((tie) -> node(other(tie, person.id())).person());
			own.sort(Comparator.comparing((Projection.Tie tie) -> other(tie, person.id())));
			for (int i = 0; i < own.size(); i++) {
				for (int j = i + 1; j < own.size(); j++) {
					String a = other(own.get(i), person.id());
					String b = other(own.get(j), person.id());
					if (!this.graph.containsEdge(a, b)) {
						Set<TieKind> kinds = shared.computeIfAbsent(List.of(a, b), (pair) -> new TreeSet<>());
						kinds.addAll(own.get(i).kinds());
						kinds.addAll(own.get(j).kinds());
					}
				}
			}
		}
		return new NetworkAnalysis.AnalysisGraph(institutions(all),
				ties.stream().map(this::tie).filter((t) -> !t.from().person() && !t.to().person()).toList(),
				shared.entrySet()
					.stream()
					.map((entry) -> new NetworkAnalysis.AnalysisTie(node(entry.getKey().get(0)),
							node(entry.getKey().get(1)), List.copyOf(entry.getValue())))
					.toList(),
				persons(all),
				ties.stream().map(this::tie).filter((t) -> t.from().person() || t.to().person()).toList());
	}

	private static String other(Projection.Tie tie, String id) {
		return tie.from().equals(id) ? tie.to() : tie.from();
	}

	private List<NetworkAnalysis.CentralityScore> centrality() {
		Map<String, Double> scores = new BetweennessCentrality<>(this.graph, false).getScores();
		return scores.entrySet()
			.stream()
			.map((entry) -> new NetworkAnalysis.CentralityScore(node(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing(NetworkAnalysis.CentralityScore::betweenness)
				.reversed()
				.thenComparing(NetworkAnalysis.CentralityScore::node, BY_NAME))
			.toList();
	}

	private List<NetworkAnalysis.Component> components() {
		List<Set<String>> sets = sortedBySizeThenId(new ConnectivityInspector<>(this.graph).connectedSets());
		List<NetworkAnalysis.Component> components = new ArrayList<>();
		for (int i = 0; i < sets.size(); i++) {
			List<Projection.Node> members = nodes(sets.get(i));
			List<Projection.Node> persons = persons(members);
			components.add(new NetworkAnalysis.Component(members.size(), i > 0, institutions(members), persons.size(),
					persons));
		}
		return components;
	}

	private NetworkAnalysis.CommunityTable communities() {
		List<Set<String>> clusters = sortedBySizeThenId(
				new LabelPropagationClustering<>(this.graph, new Random(COMMUNITY_SEED)).getClustering().getClusters());
		// which departments each person of the scope currently works in
		Map<String, Set<String>> worksIn = new HashMap<>();
		Set<String> departments = new HashSet<>();
		for (Projection.Tie tie : this.projection.ties()) {
			if (!tie.kinds().contains(TieKind.EMPLOYMENT)) {
				continue;
			}
			Projection.Node a = node(tie.from());
			Projection.Node b = node(tie.to());
			Projection.Node person = a.person() ? a : b.person() ? b : null;
			Projection.Node department = (a.type() == AnalysisNodeType.DEPARTMENT) ? a
					: (b.type() == AnalysisNodeType.DEPARTMENT) ? b : null;
			if (person != null && department != null && this.graph.containsVertex(person.id())) {
				worksIn.computeIfAbsent(person.id(), (id) -> new HashSet<>()).add(department.id());
				departments.add(department.id());
			}
		}
		List<Projection.Node> columns = departments.stream().map(this::node).sorted(BY_NAME).toList();
		List<NetworkAnalysis.Community> rows = new ArrayList<>();
		List<List<Integer>> cells = new ArrayList<>();
		for (int i = 0; i < clusters.size(); i++) {
			List<Projection.Node> members = nodes(clusters.get(i));
			List<Projection.Node> persons = persons(members);
			rows.add(new NetworkAnalysis.Community(i, members.size(), institutions(members), persons.size()));
			List<Integer> row = new ArrayList<>();
			for (Projection.Node column : columns) {
				row.add((int) persons.stream()
					.filter((p) -> worksIn.getOrDefault(p.id(), Set.of()).contains(column.id()))
					.count());
			}
			cells.add(row);
		}
		return new NetworkAnalysis.CommunityTable(rows, columns, cells);
	}

	/**
	 * The minimum vertex cut between the internal and the external side, as a minimum s-t
	 * cut: every node v becomes {@code in:v → out:v} with capacity 1 (infinite for the
	 * networks and working groups of either side, which may not be removed), every tie
	 * two arcs {@code out:a → in:b}, {@code out:b → in:a} of infinite capacity, a super
	 * source feeds the internal side and the external side drains to a super sink. The
	 * cut arcs {@code in:v → out:v} are the nodes to remove.
	 */
	private NetworkAnalysis.InternalExternalCut internalExternalCut() {
		Set<String> internal = side("INTERNAL");
		Set<String> external = side("EXTERNAL");
		if (internal.isEmpty() || external.isEmpty()) {
			return NetworkAnalysis.InternalExternalCut.notSeparable();
		}
		double infinite = this.graph.vertexSet().size() + 1.0;
		SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> flow = new SimpleDirectedWeightedGraph<>(
				DefaultWeightedEdge.class);
		flow.addVertex(SOURCE);
		flow.addVertex(SINK);
		for (String v : this.graph.vertexSet()) {
			flow.addVertex(in(v));
			flow.addVertex(out(v));
			boolean terminal = internal.contains(v) || external.contains(v);
			flow.setEdgeWeight(flow.addEdge(in(v), out(v)), terminal ? infinite : 1.0);
			if (internal.contains(v)) {
				flow.setEdgeWeight(flow.addEdge(SOURCE, in(v)), infinite);
			}
			if (external.contains(v)) {
				flow.setEdgeWeight(flow.addEdge(out(v), SINK), infinite);
			}
		}
		for (Projection.Tie tie : this.graph.edgeSet()) {
			flow.setEdgeWeight(flow.addEdge(out(tie.from()), in(tie.to())), infinite);
			flow.setEdgeWeight(flow.addEdge(out(tie.to()), in(tie.from())), infinite);
		}
		EdmondsKarpMFImpl<String, DefaultWeightedEdge> maxFlow = new EdmondsKarpMFImpl<>(flow);
		double capacity = maxFlow.calculateMinCut(SOURCE, SINK);
		if (capacity >= infinite) {
			return NetworkAnalysis.InternalExternalCut.notSeparable();
		}
		Set<String> sourceSide = maxFlow.getSourcePartition();
		List<Projection.Node> cut = nodes(this.graph.vertexSet()
			.stream()
			.filter((v) -> sourceSide.contains(in(v)) && !sourceSide.contains(out(v)))
			.toList());
		return new NetworkAnalysis.InternalExternalCut(true, cut.size(), institutions(cut), persons(cut));
	}

	/** The networks of a kind in scope and their working groups. */
	private Set<String> side(String kind) {
		Set<String> side = new TreeSet<>();
		this.projection.networkKinds().forEach((id, networkKind) -> {
			if (kind.equals(networkKind) && this.graph.containsVertex(id)) {
				side.add(id);
				for (Projection.Tie tie : this.graph.edgesOf(id)) {
					if (tie.kinds().contains(TieKind.WORKING_GROUP)) {
						side.add(tie.from().equals(id) ? tie.to() : tie.from());
					}
				}
			}
		});
		return side;
	}

	private static String in(String id) {
		return "in:" + id;
	}

	private static String out(String id) {
		return "out:" + id;
	}

	private NetworkAnalysis.AnalysisTie tie(Projection.Tie tie) {
		return new NetworkAnalysis.AnalysisTie(node(tie.from()), node(tie.to()), List.copyOf(tie.kinds()));
	}

	private Projection.Node node(String id) {
		return this.projection.nodes().get(id);
	}

	private List<Projection.Node> nodes(Collection<String> ids) {
		return ids.stream().map(this::node).sorted(BY_NAME).toList();
	}

	private static List<Projection.Node> institutions(List<Projection.Node> nodes) {
		return nodes.stream().filter((n) -> !n.person()).toList();
	}

	private static List<Projection.Node> persons(List<Projection.Node> nodes) {
		return nodes.stream().filter(Projection.Node::person).toList();
	}

	private static List<Set<String>> sortedBySizeThenId(List<Set<String>> sets) {
		List<Set<String>> sorted = new ArrayList<>();
		for (Set<String> set : sets) {
			sorted.add(new LinkedHashSet<>(new TreeSet<>(set)));
		}
		sorted.sort(Comparator.comparing((Set<String> set) -> set.size())
			.reversed()
			.thenComparing((set) -> set.iterator().next()));
		return sorted;
	}

}
