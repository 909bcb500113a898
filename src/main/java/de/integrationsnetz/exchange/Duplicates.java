package de.integrationsnetz.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import de.integrationsnetz.graph.NameFolding;

/**
 * Finds possible duplicates an import would bring: entities of one label whose names
 * differ only by case, umlaut spelling (ü/ue, ß/ss) or white space, at least one of them
 * created or changed by the import. Persons count only within one department or
 * organisation they work in ({@code WORKS_IN}, {@code WORKS_FOR}, in the graph or in the
 * files): two "Anna Schmidt" in different departments are two people. They are reported
 * for a person to decide, never merged.
 */
final class Duplicates {

	private static final String PERSON = "Person";

	private Duplicates() {
	}

	/**
	 * The name key two possible duplicates share.
	 * @param name a name
	 * @return the name folded ({@link NameFolding#spelledOut}) without any white space
	 */
	static String key(String name) {
		String folded = NameFolding.spelledOut(name);
		return (folded != null) ? folded.replaceAll("\\s+", "") : "";
	}

	static List<ImportReport.PossibleDuplicate> find(SeedGraph seed, Set<String> changed, SeedLoader.Snapshot graph) {
		Map<String, String> labels = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		graph.entities().forEach((id, entity) -> {
			labels.put(id, entity.label());
			names.put(id, (String) entity.properties().get("name"));
		});
		seed.nodes().forEach((type, rows) -> rows.forEach((node) -> {
			labels.put(node.id(), type.label());
			names.put(node.id(), (String) node.properties().get("name"));
		}));
		Map<String, Set<String>> workplaces = workplaces(seed, graph);
		// scope ("" outside persons) → label → name key → ids
		Map<String, Map<String, Map<String, Set<String>>>> groups = new TreeMap<>();
		labels.forEach((id, label) -> {
			String key = key(names.get(id));
			if (PERSON.equals(label)) {
				for (String workplace : workplaces.getOrDefault(id, Set.of())) {
					add(groups, workplace, label, key, id);
				}
			}
			else {
				add(groups, "", label, key, id);
			}
		});
		List<ImportReport.PossibleDuplicate> found = new ArrayList<>();
		groups.forEach((scope, byLabel) -> byLabel.forEach((label, byKey) -> byKey.forEach((key, ids) -> {
			if (ids.size() > 1 && ids.stream().anyMatch(changed::contains)) {
				List<String> sortedIds = List.copyOf(ids);
				List<String> sortedNames = sortedIds.stream().map(names::get).toList();
				List<String> named = new ArrayList<>();
				for (int i = 0; i < sortedIds.size(); i++) {
					named.add(sortedIds.get(i) + " (\"" + sortedNames.get(i) + "\")");
				}
				String where = scope.isEmpty() ? "" : " working in or for " + scope;
				found.add(new ImportReport.PossibleDuplicate(label, scope.isEmpty() ? null : scope, sortedIds,
						sortedNames, "Possibly the same " + label + where + ": " + String.join(", ", named)
								+ "; names differ only by case, umlaut spelling or white space"));
			}
		})));
		found.sort(Comparator.comparing(ImportReport.PossibleDuplicate::label)
			.thenComparing((d) -> String.join(",", d.ids()))
			.thenComparing((d) -> (d.scope() != null) ? d.scope() : ""));
		return found;
	}

	private static void add(Map<String, Map<String, Map<String, Set<String>>>> groups, String scope, String label,
			String key, String id) {
		groups.computeIfAbsent(scope, (s) -> new TreeMap<>())
			.computeIfAbsent(label, (l) -> new TreeMap<>())
			.computeIfAbsent(key, (k) -> new TreeSet<>())
			.add(id);
	}

	/** Person id → the departments and organisations the person works in or for. */
	private static Map<String, Set<String>> workplaces(SeedGraph seed, SeedLoader.Snapshot graph) {
		Map<String, Set<String>> workplaces = new HashMap<>();
		for (RelationshipFile file : List.of(RelationshipFile.WORKS_IN, RelationshipFile.WORKS_FOR)) {
			graph.relationships().getOrDefault(file.name(), Map.of()).keySet().forEach((key) -> {
				String from = key.substring(0, key.indexOf('>'));
				String rest = key.substring(key.indexOf('>') + 1);
				String to = rest.contains("@") ? rest.substring(0, rest.indexOf('@')) : rest;
				workplaces.computeIfAbsent(from, (f) -> new TreeSet<>()).add(to);
			});
			seed.relationships()
				.getOrDefault(file, List.of())
				.forEach((tie) -> workplaces.computeIfAbsent(tie.from(), (f) -> new TreeSet<>()).add(tie.to()));
		}
		return workplaces;
	}

}
