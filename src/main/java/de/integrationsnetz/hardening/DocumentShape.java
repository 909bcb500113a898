package de.integrationsnetz.hardening;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Checks the shape of a parsed document against the limits, without the schema, so it is
 * cheap enough to run before validation: how many aliases and directives it has, how deep
 * its fields nest (through fragments), how many fields it selects once fragments are
 * spread (at most as many as it may have tokens), and that no fragment spreads itself.
 */
final class DocumentShape {

	private final LimitsProperties limits;

	DocumentShape(LimitsProperties limits) {
		this.limits = limits;
	}

	/**
	 * The first limit the document breaks.
	 * @param document the parsed document
	 * @return the refusal, or empty if the document keeps every limit
	 */
	Optional<Refusal> check(Document document) {
		int[] counts = new int[2];
		count(document, counts);
		if (counts[0] > this.limits.maxAliases()) {
			return Optional.of(new Refusal("TOO_MANY_ALIASES", "The document has " + counts[0] + " aliases; at most "
					+ this.limits.maxAliases() + " are allowed."));
		}
		if (counts[1] > this.limits.maxDirectives()) {
			return Optional.of(new Refusal("TOO_MANY_DIRECTIVES", "The document has " + counts[1]
					+ " directives; at most " + this.limits.maxDirectives() + " are allowed."));
		}
		Depths depths = new Depths(document);
		try {
			int depth = 0;
			for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
				depth = Math.max(depth, depths.of(fragment));
			}
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				depth = Math.max(depth, depths.of(operation.getSelectionSet()));
			}
			if (depth > this.limits.maxDepth()) {
				return Optional.of(new Refusal("QUERY_TOO_DEEP", "The query nests fields " + depth + " deep; at most "
						+ this.limits.maxDepth() + " are allowed."));
			}
			long fields = 0;
			for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
				fields = saturatedAdd(fields, depths.fieldsOf(operation.getSelectionSet()));
			}
			if (fields > this.limits.maxTokens()) {
				// spread fragments may select no more fields than a document without
				// fragments could: beyond that, validation and costing get expensive
				return Optional.of(new Refusal("QUERY_TOO_COMPLEX",
						"The query selects " + fields + " fields once its fragments are spread; at most "
								+ this.limits.maxTokens() + " are allowed."));
			}
		}
		catch (FragmentCycle cycle) {
			return Optional.of(new Refusal("GRAPHQL_VALIDATION_FAILED",
					"The fragment '" + cycle.name + "' spreads itself; fragments must not form a cycle."));
		}
		return Optional.empty();
	}

	/** Counts aliases (index 0) and directives (index 1) anywhere in the tree. */
	private static void count(Node<?> node, int[] counts) {
		if (node instanceof Field field && field.getAlias() != null) {
			counts[0]++;
		}
		if (node instanceof Directive) {
			counts[1]++;
		}
		for (Node<?> child : node.getChildren()) {
			count(child, counts);
		}
	}

	private static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return (sum < 0 || sum > Integer.MAX_VALUE) ? Integer.MAX_VALUE : sum;
	}

	/**
	 * Depth and size (fields once fragments are spread) of selection sets, each
	 * fragment's worked out once, cycles detected.
	 */
	private static final class Depths {

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, Integer> known = new HashMap<>();

		private final Map<String, Long> sizes = new HashMap<>();

		private final Set<String> visiting = new HashSet<>();

		Depths(Document document) {
			document.getDefinitionsOfType(FragmentDefinition.class)
				.forEach((fragment) -> this.fragments.putIfAbsent(fragment.getName(), fragment));
		}

		int of(FragmentDefinition fragment) {
			String name = fragment.getName();
			Integer depth = this.known.get(name);
			if (depth != null) {
				return depth;
			}
			if (!this.visiting.add(name)) {
				throw new FragmentCycle(name);
			}
			depth = of(fragment.getSelectionSet());
			this.visiting.remove(name);
			this.known.put(name, depth);
			return depth;
		}

		int of(SelectionSet selectionSet) {
			if (selectionSet == null) {
				return 0;
			}
			int depth = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				if (selection instanceof Field field) {
					depth = Math.max(depth, 1 + of(field.getSelectionSet()));
				}
				else if (selection instanceof InlineFragment inline) {
					depth = Math.max(depth, of(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread) {
					FragmentDefinition fragment = this.fragments.get(spread.getName());
					// an unknown fragment is left to validation
					depth = Math.max(depth, (fragment != null) ? of(fragment) : 0);
				}
			}
			return depth;
		}

		/**
		 * Fields selected once fragments are spread; called after depths, so no cycles.
		 */
		long fieldsOf(SelectionSet selectionSet) {
			if (selectionSet == null) {
				return 0;
			}
			long fields = 0;
			for (Selection<?> selection : selectionSet.getSelections()) {
				if (selection instanceof Field field) {
					fields = saturatedAdd(fields, 1 + fieldsOf(field.getSelectionSet()));
				}
				else if (selection instanceof InlineFragment inline) {
					fields = saturatedAdd(fields, fieldsOf(inline.getSelectionSet()));
				}
				else if (selection instanceof FragmentSpread spread && this.fragments.containsKey(spread.getName())) {
					String name = spread.getName();
					Long size = this.sizes.get(name);
					if (size == null) {
						size = fieldsOf(this.fragments.get(name).getSelectionSet());
						this.sizes.put(name, size);
					}
					fields = saturatedAdd(fields, size);
				}
			}
			return fields;
		}

	}

	private static final class FragmentCycle extends RuntimeException {

		private final String name;

		FragmentCycle(String name) {
			super(null, null, false, false);
			this.name = name;
		}

	}

}
