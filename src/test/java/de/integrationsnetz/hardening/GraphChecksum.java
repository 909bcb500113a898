package de.integrationsnetz.hardening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A fingerprint of the whole graph: every node with its labels and properties and every
 * relationship with its type, ends and properties, audit entries included, in a stable
 * order. Equal before and after means nothing was written.
 */
final class GraphChecksum {

	private GraphChecksum() {
	}

	static String of(Neo4jClient client) {
		List<String> lines = new ArrayList<>();
		client.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties")
			.fetch()
			.all()
			.forEach((row) -> lines.add("N" + sorted(row.get("labels")) + canonical(row.get("properties"))));
		client.query("""
				MATCH (a)-[r]->(b)
				RETURN type(r) AS type, properties(a) AS a, properties(b) AS b, properties(r) AS properties""")
			.fetch()
			.all()
			.forEach((row) -> lines.add("R" + row.get("type") + canonical(row.get("a")) + canonical(row.get("b"))
					+ canonical(row.get("properties"))));
		lines.sort(null);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			lines.forEach((line) -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return lines.size() + ":" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sorted(Object labels) {
		List<String> list = new ArrayList<>(((List<?>) labels).stream().map(String::valueOf).toList());
		list.sort(null);
		return list.toString();
	}

	private static String canonical(Object properties) {
		return new TreeMap<>((Map<?, ?>) properties).toString();
	}

}
