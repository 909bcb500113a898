package de.integrationsnetz.widgets;

import java.util.Map;

import de.integrationsnetz.config.Webjars;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the intranet widgets read besides their scripts under {@code /widgets/}: the
 * manifest of trusted documents, a status that any page may read (to tell "origin not
 * allowed" from "API down"), and Cytoscape.js from its webjar under a path without a
 * version. All of it is public and holds no data of the graph; every page may read it
 * (CORS {@code *}, by the security configuration).
 */
@RestController
class WidgetsController {

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript");

	private final TrustedDocuments documents;

	private final Resource cytoscape = Webjars.file("cytoscape", "dist/cytoscape.esm.min.mjs");

	WidgetsController(TrustedDocuments documents) {
		this.documents = documents;
	}

	/**
	 * The ids of the trusted documents by name.
	 * @return e.g. {@code {"expertenfinder": "sha256:…"}}
	 */
	@GetMapping(path = "/widgets/trusted-documents.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> trustedDocuments() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.documents.idsByName());
	}

	/**
	 * Whether the API is up, for any page: a widget whose GraphQL request failed without
	 * an answer asks here; an answer means its page's origin is not allowed.
	 * @return {@code {"status": "UP"}}
	 */
	@GetMapping(path = "/widgets/status", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> status() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("status", "UP"));
	}

	/**
	 * Cytoscape.js as an ES module (the webjar's {@code dist/cytoscape.esm.min.mjs}),
	 * under a path the widget script can import without knowing the version.
	 * @return the module
	 */
	@GetMapping("/widgets/lib/cytoscape.mjs")
	ResponseEntity<Resource> cytoscape() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(this.cytoscape);
	}

}
