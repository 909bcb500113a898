package de.integrationsnetz.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A page read from the graph before it becomes a {@link Connection}.
 *
 * @param total the size of the whole list
 * @param items the items of the page, in order
 */
record Slice(int total, List<Item> items) {

	static final Slice EMPTY = new Slice(0, List.of());

	record Item(GraphNode node, TieProperties tie) {
	}

	Connection toConnection(PageRequest page) {
		List<Connection.Edge> edges = new ArrayList<>(this.items.size());
		for (int i = 0; i < this.items.size(); i++) {
			Item item = this.items.get(i);
			edges.add(new Connection.Edge(page.cursor(i), item.node(), item.tie()));
		}
		return new Connection(this.total, edges, page.pageInfo(edges.size(), this.total));
	}

}
