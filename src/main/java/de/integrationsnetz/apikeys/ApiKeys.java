package de.integrationsnetz.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.integrationsnetz.audit.AuditTrail;

/**
 * The widget API keys in Neo4j ({@code :ApiKey} nodes, no entities): every query about
 * them. A key's secret is shown once when it is issued; only its SHA-256 hash is stored
 * (the secret is 256 random bits, so a fast hash is enough to make the stored value
 * useless to a reader of the database).
 */
@Component
public class ApiKeys {

	/** What every secret starts with, so a leaked one is recognisable. */
	static final String SECRET_PREFIX = "inw_";

	private static final SecureRandom random = new SecureRandom();

	private final Neo4jClient client;

	private final AuditTrail audit;

	private volatile Set<String> knownOrigins;

	ApiKeys(Neo4jClient client, AuditTrail audit) {
		this.client = client;
		this.audit = audit;
	}

	/**
	 * An issued key with its secret.
	 *
	 * @param key the key
	 * @param secret the secret, shown only now
	 */
	public record Issued(ApiKey key, String secret) {
	}

	/**
	 * Issues a key and records it in the audit trail (without its secret).
	 * @param name what it is for
	 * @param origins allowed origins (already checked)
	 * @param requestsPerMinute the rate limit
	 * @param createdBy who issues it
	 * @return the key and its secret
	 */
	@Transactional
	public Issued issue(String name, List<String> origins, int requestsPerMinute, String createdBy) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		byte[] idBytes = new byte[6];
		random.nextBytes(idBytes);
		String id = "key-" + HexFormat.of().formatHex(idBytes);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.client.query("""
				CREATE (:ApiKey {id: $id, name: $name, hash: $hash, origins: $origins,
				  requestsPerMinute: $rpm, createdAt: $now, createdBy: $createdBy})
				""")
			.bindAll(Map.of("id", id, "name", name, "hash", hash(secret), "origins", origins, "rpm", requestsPerMinute,
					"now", now, "createdBy", createdBy))
			.run();
		this.audit.record("ISSUE_API_KEY", "ApiKey", id,
				List.of(new AuditTrail.Change("name", null, name), new AuditTrail.Change("origins", null, origins),
						new AuditTrail.Change("requestsPerMinute", null, requestsPerMinute)));
		this.knownOrigins = null;
		return new Issued(new ApiKey(id, name, origins, requestsPerMinute, now, createdBy, null), secret);
	}

	/**
	 * Revokes a key (kept, marked revoked) and records it in the audit trail.
	 * @param id the key's id
	 * @return the revoked key, empty if there is none with the id
	 */
	@Transactional
	public Optional<ApiKey> revoke(String id) {
		Optional<ApiKey> key = this.client.query("""
				MATCH (k:ApiKey {id: $id})
				SET k.revokedAt = coalesce(k.revokedAt, $now)
				RETURN k
				""")
			.bindAll(Map.of("id", id, "now", OffsetDateTime.now(ZoneOffset.UTC)))
			.fetchAs(ApiKey.class)
			.mappedBy((types, row) -> key(row.get("k")))
			.one();
		key.ifPresent((revoked) -> this.audit.record("REVOKE_API_KEY", "ApiKey", id,
				List.of(new AuditTrail.Change("revokedAt", null, revoked.revokedAt()))));
		this.knownOrigins = null;
		return key;
	}

	/**
	 * The key whose secret this is, active or revoked.
	 * @param secret the presented secret
	 * @return the key, empty if no key has the secret
	 */
	public Optional<ApiKey> bySecret(String secret) {
		return this.client.query("MATCH (k:ApiKey {hash: $hash}) RETURN k")
			.bind(hash(secret))
			.to("hash")
			.fetchAs(ApiKey.class)
			.mappedBy((types, row) -> key(row.get("k")))
			.one();
	}

	/**
	 * Every key, newest first.
	 * @return the keys
	 */
	public List<ApiKey> all() {
		return List.copyOf(this.client.query("MATCH (k:ApiKey) RETURN k ORDER BY k.createdAt DESC, k.id")
			.fetchAs(ApiKey.class)
			.mappedBy((types, row) -> key(row.get("k")))
			.all());
	}

	/**
	 * The origins of all keys, for CORS: of revoked keys too, so that their widgets can
	 * read why they are refused. Read again after a key is issued or revoked here, and at
	 * most a minute old otherwise (another instance may have changed them).
	 * @return the origins
	 */
	public Set<String> knownOrigins() {
		Set<String> origins = this.knownOrigins;
		if (origins == null || System.nanoTime() - this.originsReadAt > 60_000_000_000L) {
			origins = new LinkedHashSet<>(
					this.client.query("MATCH (k:ApiKey) UNWIND k.origins AS origin RETURN DISTINCT origin")
						.fetchAs(String.class)
						.all());
			this.originsReadAt = System.nanoTime();
			this.knownOrigins = origins;
		}
		return origins;
	}

	private volatile long originsReadAt;

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ApiKey key(org.neo4j.driver.Value value) {
		MapAccessor node = value.asNode();
		return new ApiKey(node.get("id").asString(), node.get("name").asString(),
				node.get("origins").asList(org.neo4j.driver.Value::asString), node.get("requestsPerMinute").asInt(),
				node.get("createdAt").asOffsetDateTime(), node.get("createdBy").asString(null),
				node.get("revokedAt").isNull() ? null : node.get("revokedAt").asOffsetDateTime());
	}

}
