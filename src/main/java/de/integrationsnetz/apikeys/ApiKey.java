package de.integrationsnetz.apikeys;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A widget API key as stored (its secret only as a hash).
 *
 * @param id the key's id, e.g. {@code key-3f9a1c0b7d2e}
 * @param name what it is for, e.g. the intranet page
 * @param origins the origins whose pages may use it, e.g.
 * {@code https://intranet.herne.de}
 * @param requestsPerMinute how many requests a minute it may make (per application
 * instance)
 * @param createdAt when it was issued
 * @param createdBy who issued it
 * @param revokedAt when it was revoked, or null while it is active
 */
public record ApiKey(String id, String name, List<String> origins, int requestsPerMinute, OffsetDateTime createdAt,
		String createdBy, OffsetDateTime revokedAt) {

	/**
	 * Whether the key is usable.
	 * @return true until it is revoked
	 */
	public boolean active() {
		return this.revokedAt == null;
	}

}
