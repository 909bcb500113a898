package de.integrationsnetz.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.integrationsnetz.graph.EntityProperty;
import de.integrationsnetz.graph.EntityType;
import de.integrationsnetz.graph.MutationFailures.FieldError;
import de.integrationsnetz.privacy.PersonRules;

/**
 * The rules an entity's properties must keep, with a message per broken rule: required
 * fields, lengths, e-mail, phone, web address and language code formats, year range, date
 * order and a person's consent date ({@link PersonRules}). Rules that need the graph
 * (unique names, ids) are checked by {@link GraphEditing}.
 */
final class EntityRules {

	/** Entity types whose names must be unique (ignoring case and umlaut spelling). */
	static final Set<EntityType> UNIQUE_NAMES = Set.of(EntityType.DEPARTMENT, EntityType.ORGANISATION,
			EntityType.NETWORK, EntityType.WORKING_GROUP, EntityType.TOPIC, EntityType.TARGET_GROUP,
			EntityType.LANGUAGE, EntityType.CHANNEL);

	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/\\-]+$");

	private static final Pattern URL = Pattern.compile("^https?://[^\\s]+$");

	private static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2}$");

	private static final Map<String, Integer> MAX_LENGTH = Map.of("name", 200, "shortName", 50, "jobTitle", 200,
			"location", 200, "nameEn", 200, "description", 2000, "website", 300, "email", 200, "phone", 50);

	private EntityRules() {
	}

	/**
	 * Checks an entity's properties as they would be after the write.
	 * @param type the entity type
	 * @param properties every property after the write (null for none)
	 * @return the broken rules, empty if none
	 */
	static List<FieldError> check(EntityType type, Map<String, Object> properties) {
		List<FieldError> errors = new ArrayList<>();
		for (EntityProperty property : type.allProperties()) {
			Object value = properties.get(property.name());
			if (value instanceof String text && text.isBlank()) {
				value = null;
			}
			if (value == null) {
				if (property.required()) {
					errors.add(new FieldError(property.name(), property.name() + " is required", "REQUIRED"));
				}
				continue;
			}
			checkValue(property.name(), value, errors);
		}
		if (properties.get("validFrom") instanceof LocalDate from
				&& properties.get("validUntil") instanceof LocalDate until && until.isBefore(from)) {
			errors.add(
					new FieldError("validUntil", "validUntil " + until + " is before validFrom " + from, "DATE_ORDER"));
		}
		if (type == EntityType.PERSON) {
			PersonRules.consentProblem(properties)
				.ifPresent(
						(message) -> errors.add(new FieldError(PersonRules.CONTACT_CONSENT_ON, message, "REQUIRED")));
		}
		return errors;
	}

	private static void checkValue(String name, Object value, List<FieldError> errors) {
		if (value instanceof String text) {
			Integer max = MAX_LENGTH.get(name);
			if (max != null && text.length() > max) {
				errors.add(new FieldError(name,
						name + " has " + text.length() + " characters, at most " + max + " are allowed", "TOO_LONG"));
				return;
			}
			Pattern format = switch (name) {
				case "email" -> EMAIL;
				case "phone" -> PHONE;
				case "website" -> URL;
				case "code" -> LANGUAGE_CODE;
				default -> null;
			};
			if (format != null && !format.matcher(text).matches()) {
				errors.add(new FieldError(name, formatMessage(name, text), "INVALID_FORMAT"));
			}
			else if ("phone".equals(name) && text.replaceAll("[^0-9]", "").length() < 5) {
				errors.add(new FieldError(name, "phone '" + text + "' has fewer than 5 digits", "INVALID_FORMAT"));
			}
		}
		if ("foundedYear".equals(name) && value instanceof Number year
				&& (year.intValue() < 1800 || year.intValue() > 2100)) {
			errors
				.add(new FieldError(name, "foundedYear must lie between 1800 and 2100, was " + year, "INVALID_VALUE"));
		}
	}

	private static String formatMessage(String name, String text) {
		return switch (name) {
			case "email" -> "email '" + text + "' is no e-mail address (name@domain)";
			case "phone" -> "phone '" + text + "' may hold only digits, spaces and + - / ( )";
			case "website" -> "website '" + text + "' is no http(s) address";
			default -> "code '" + text + "' is no ISO 639-1 code (two lower-case letters)";
		};
	}

	/**
	 * Makes a slug from a name: lower case, umlauts spelled out, other characters as
	 * hyphens.
	 * @param name the name
	 * @return the slug, at most 60 characters
	 */
	static String slug(String name) {
		String lower = name.toLowerCase(java.util.Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "eintrag" : slug;
	}

}
