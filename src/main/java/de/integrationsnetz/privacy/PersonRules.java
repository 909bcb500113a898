package de.integrationsnetz.privacy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a person's consent and review date, shared by every way a person is
 * written: the mutations ({@code editing}) and the import ({@code seed}).
 * <ul>
 * <li>{@value #CONTACT_CONSENT}: whether the person agreed to the publication of their
 * work contact data (widgets show e-mail and phone only then); false unless given.</li>
 * <li>{@value #CONTACT_CONSENT_ON}: the day of that consent, required when it is
 * given.</li>
 * <li>{@value #REVIEWED_ON}: the day the entry was last confirmed as correct: set to
 * today by every create and update and by {@code confirmPerson}; an import sets it to
 * today when it changes a person, and otherwise takes the file's date only if it is later
 * than the stored one (an import never moves a review back).</li>
 * </ul>
 */
public final class PersonRules {

	/** The consent to publish the work contact data. */
	public static final String CONTACT_CONSENT = "contactConsent";

	/** The day the consent was given. */
	public static final String CONTACT_CONSENT_ON = "contactConsentOn";

	/** The day the entry was last confirmed as correct. */
	public static final String REVIEWED_ON = "reviewedOn";

	private PersonRules() {
	}

	/**
	 * What is wrong with a person's consent, if anything.
	 * @param properties the person's properties as they would be after the write
	 * @return the message for {@value #CONTACT_CONSENT_ON}, or empty
	 */
	public static Optional<String> consentProblem(Map<String, ?> properties) {
		if (Boolean.TRUE.equals(properties.get(CONTACT_CONSENT)) && properties.get(CONTACT_CONSENT_ON) == null) {
			return Optional.of("contactConsentOn (the day of the consent) is required when contactConsent is true");
		}
		return Optional.empty();
	}

	/**
	 * A person's properties as an import writes them: a new person without consent has
	 * none, and the review date follows the rule above.
	 * @param before the person's stored values of the row's properties (as the import
	 * compares them), or null for a new person
	 * @param storedReviewedOn the stored review date, or null
	 * @param row the properties the import read (columns the file lacks are absent)
	 * @param today today
	 * @return the row with consent and review date applied
	 */
	public static Map<String, Object> imported(Map<String, Object> before, Object storedReviewedOn,
			Map<String, Object> row, LocalDate today) {
		Map<String, Object> result = new LinkedHashMap<>(row);
		if (before == null) {
			result.putIfAbsent(CONTACT_CONSENT, Boolean.FALSE);
			if (result.get(REVIEWED_ON) == null) {
				result.put(REVIEWED_ON, today);
			}
			return result;
		}
		boolean changed = row.entrySet()
			.stream()
			.anyMatch((entry) -> !REVIEWED_ON.equals(entry.getKey())
					&& !Objects.equals(entry.getValue(), before.get(entry.getKey())));
		if (changed) {
			result.put(REVIEWED_ON, today);
			return result;
		}
		Object given = row.get(REVIEWED_ON);
		if (storedReviewedOn instanceof LocalDate stored
				&& !(given instanceof LocalDate date && date.isAfter(stored))) {
			result.put(REVIEWED_ON, stored);
		}
		return result;
	}

}
