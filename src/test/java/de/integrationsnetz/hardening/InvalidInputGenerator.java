package de.integrationsnetz.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes invalid variables for an operation from variables that fit it, with a seeded
 * {@link Random} so every run sends the same inputs. Half of the cases break the GraphQL
 * types (wrong types, nulls, missing or unknown fields, invalid enum values, bad dates,
 * out-of-range numbers, nested garbage), so the operation never runs; the other half keep
 * the types and break the content (over-long, empty or odd text, dates and numbers out of
 * range, other unknown ids), so it runs and must refuse. Ids always stay unknown and no
 * valid slug, so nothing is found or created.
 */
final class InvalidInputGenerator {

	private static final List<Object> BAD_DATES = List.of("2026-02-30", "26.11.2026", "", "2026-13-01", "0000-00-00",
			"+999999999-01-01", 20260101, "2026-1-1", "gestern", "2026-01-01T00:00:00Z");

	private static final List<Object> BAD_NUMBERS = List.of(Long.MAX_VALUE, -1L << 40, 2147483648L, -2147483649L, 1e308,
			1.5, "1", "eins", Double.NaN);

	private static final List<String> ODD_TEXT = List.of("", " ", "\t\n", "not-an-email", "@", "+49 (0) abc",
			"javascript:alert(1)", "http://", "ftp://example.org", "\u0000", "\u202e\u200b", "🙂".repeat(300),
			"x".repeat(201), "y".repeat(2_001), "z".repeat(20_000), "<script>alert(1)</script>", "null", "undefined");

	private static final List<Object> ODD_INTS = List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, 99_999, 1);

	private static final List<Object> ODD_DATES = List.of("1900-01-01", "2999-12-31", "0001-01-01", "9999-12-31",
			"2026-02-28");

	private final Random random;

	InvalidInputGenerator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Invalid variables for the operation.
	 * @param fitting variables that fit the operation (ids unknown)
	 * @return a changed deep copy
	 */
	Map<String, Object> next(Map<String, Object> fitting) {
		Map<String, Object> variables = copy(fitting);
		boolean typeBreaking = this.random.nextBoolean() || variables.isEmpty();
		int changes = 1 + this.random.nextInt(3);
		for (int i = 0; i < changes; i++) {
			List<Slot> slots = new ArrayList<>();
			collect(variables, slots);
			if (slots.isEmpty()) {
				break;
			}
			Slot slot = slots.get(this.random.nextInt(slots.size()));
			if (typeBreaking && isId(slot.get())) {
				// numbers and booleans are read as id text, null or "" as "make one from
				// the name"; once it is no id text, later changes could make it one, so
				// this is the last change
				slot.set(pick(List.of(1.5, List.of("x"), Map.of("a", 1), List.of())));
				break;
			}
			if (typeBreaking) {
				breakType(slot);
			}
			else {
				breakContent(slot);
			}
		}
		if (typeBreaking && variables.equals(fitting)) {
			variables.put("unbekanntesArgument", 1);
		}
		return variables;
	}

	private void breakType(Slot slot) {
		Object value = slot.get();
		switch (this.random.nextInt(9)) {
			case 0 -> slot.set(null);
			case 1 -> slot.remove();
			case 2 -> slot.set((value instanceof String) ? (Object) this.random.nextInt() : "Text statt Zahl");
			case 3 -> slot.set(pick(BAD_DATES));
			case 4 -> slot.set(pick(BAD_NUMBERS));
			case 5 -> slot.set("KEIN_WERT_" + this.random.nextInt(100));
			case 6 -> slot.set(garbage(1 + this.random.nextInt(6)));
			case 7 -> slot.set((value == null) ? garbage(2)
					: (value instanceof Map<?, ?>) ? List.of(value, value) : Map.of("x", value));
			default -> {
				if (slot.container instanceof Map<?, ?>) {
					slot.sibling("unbekanntesFeld" + this.random.nextInt(10), garbage(2));
				}
				else {
					slot.set(garbage(2));
				}
			}
		}
	}

	private void breakContent(Slot slot) {
		Object value = slot.get();
		if (isId(value)) {
			slot.set(pick(List.of("UNBEKANNT-" + this.random.nextInt(1000), "unbekannt id " + this.random.nextInt(1000),
					"-" + "a".repeat(70), "ä" + this.random.nextInt(), "../" + this.random.nextInt())) + "!");
		}
		else if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			slot.set(pick(ODD_DATES));
		}
		else if (value instanceof String) {
			slot.set(pick(ODD_TEXT));
		}
		else if (value instanceof Integer) {
			slot.set(pick(ODD_INTS));
		}
		else if (value instanceof List<?> list && !list.isEmpty()) {
			List<Object> longer = new ArrayList<>(list);
			for (int i = 0; i < 50; i++) {
				longer.add(list.get(0));
			}
			slot.set(longer);
		}
	}

	/** Ids are text with a "!": no valid slug, so nothing is found or created. */
	private static boolean isId(Object value) {
		return value instanceof String text && text.contains("!");
	}

	private Object garbage(int depth) {
		if (depth == 0) {
			return pick(List.of("§$%&", 42, -0.0, true, "", "{\"a\":1}"));
		}
		return this.random.nextBoolean() ? List.of(garbage(depth - 1), garbage(depth - 1))
				: Map.of("k" + this.random.nextInt(9), garbage(depth - 1));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	@SuppressWarnings("unchecked")
	private static void collect(Object container, List<Slot> slots) {
		if (container instanceof Map<?, ?> map) {
			for (Object key : new ArrayList<>(map.keySet())) {
				slots.add(new Slot(container, key));
				Object value = map.get(key);
				if (value instanceof Map<?, ?> || value instanceof List<?>) {
					collect(value, slots);
				}
			}
		}
		else if (container instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				slots.add(new Slot(container, i));
				Object value = list.get(i);
				if (value instanceof Map<?, ?> || value instanceof List<?>) {
					collect(value, slots);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> copy(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(key, deepCopy(value)));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static Object deepCopy(Object value) {
		if (value instanceof Map<?, ?> map) {
			return copy((Map<String, Object>) map);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(deepCopy(item)));
			return copy;
		}
		return value;
	}

	/** A place in the variables: a key of a map or an index of a list. */
	@SuppressWarnings("unchecked")
	private record Slot(Object container, Object key) {

		Object get() {
			return (this.container instanceof Map<?, ?> map) ? map.get(this.key)
					: ((List<Object>) this.container).get((int) this.key);
		}

		void set(Object value) {
			Object mutable = deepCopy(value);
			if (this.container instanceof Map<?, ?>) {
				((Map<Object, Object>) this.container).put(this.key, mutable);
			}
			else {
				((List<Object>) this.container).set((int) this.key, mutable);
			}
		}

		void remove() {
			if (this.container instanceof Map<?, ?> map) {
				map.remove(this.key);
			}
			else {
				set(null);
			}
		}

		void sibling(String name, Object value) {
			((Map<Object, Object>) this.container).put(name, deepCopy(value));
		}

	}

}
