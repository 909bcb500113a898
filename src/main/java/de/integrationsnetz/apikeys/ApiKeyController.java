package de.integrationsnetz.apikeys;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.integrationsnetz.audit.AuditTrail;
import de.integrationsnetz.graph.MutationFailures.FieldError;
import de.integrationsnetz.graph.MutationFailures.NotFound;
import de.integrationsnetz.graph.MutationFailures.ValidationFailed;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Issuing, revoking and listing widget keys (COORDINATOR, see {@code apikeys.graphqls}).
 */
@Controller
class ApiKeyController {

	private final ApiKeys keys;

	private final AuditTrail audit;

	ApiKeyController(ApiKeys keys, AuditTrail audit) {
		this.keys = keys;
		this.audit = audit;
	}

	record ApiKeyIssued(String secret, ApiKey apiKey) {
	}

	record ApiKeyRevoked(ApiKey apiKey) {
	}

	@QueryMapping
	List<ApiKey> apiKeys() {
		return this.keys.all();
	}

	@MutationMapping
	Object issueApiKey(@Argument Map<String, Object> input) {
		List<FieldError> errors = new ArrayList<>();
		String name = (input.get("name") instanceof String text) ? text.strip() : "";
		if (name.isEmpty() || name.length() > 100) {
			errors.add(new FieldError("name", "A name of 1 to 100 characters is required", "INVALID_LENGTH"));
		}
		List<String> origins = new ArrayList<>();
		Object given = input.get("origins");
		if (!(given instanceof List<?> list) || list.isEmpty() || list.size() > 20) {
			errors.add(new FieldError("origins", "Between 1 and 20 origins are required", "INVALID_LENGTH"));
		}
		else {
			for (Object origin : list) {
				String normalised = origin(String.valueOf(origin));
				if (normalised == null) {
					errors.add(new FieldError("origins",
							"Not an origin (scheme, host and optional port, e.g. https://intranet.herne.de): " + origin,
							"INVALID_ORIGIN"));
				}
				else if (!origins.contains(normalised)) {
					origins.add(normalised);
				}
			}
		}
		int requestsPerMinute = (input.get("requestsPerMinute") instanceof Number number) ? number.intValue() : 60;
		if (requestsPerMinute < 1 || requestsPerMinute > 10_000) {
			errors.add(new FieldError("requestsPerMinute", "Must be between 1 and 10000", "OUT_OF_RANGE"));
		}
		if (!errors.isEmpty()) {
			return new ValidationFailed("The input has " + errors.size() + " problem(s); no key was issued", errors);
		}
		ApiKeys.Issued issued = this.keys.issue(name, origins, requestsPerMinute, this.audit.principal());
		return new ApiKeyIssued(issued.secret(), issued.key());
	}

	@MutationMapping
	Object revokeApiKey(@Argument String id) {
		return this.keys.revoke(id)
			.<Object>map(ApiKeyRevoked::new)
			.orElseGet(() -> new NotFound("No widget key has the id '" + id + "'", id));
	}

	/**
	 * The origin in canonical form (lower case, no default port), or null if it is none.
	 */
	static String origin(String text) {
		try {
			URI uri = new URI(text.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null
					|| (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
					|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
				return null;
			}
			int port = uri.getPort();
			boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
					|| (scheme.equals("https") && port == 443);
			return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
		}
		catch (java.net.URISyntaxException ex) {
			return null;
		}
	}

}
