package de.integrationsnetz.apikeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The widget demo's key: when {@code integrationsnetz.widgets.demo-key} is on (not in
 * {@code prod}), the app keeps a widget key for its own origins
 * ({@code http://localhost:<port>}, {@code http://127.0.0.1:<port>}) and gives it to the
 * demo page at {@code /widgets/demo-config.json}; otherwise that address is 404. The
 * secret lives in {@code <data-dir>/widget-demo-key} (owner-only), so restarts reuse the
 * key.
 */
@RestController
class DemoKey {

	private static final Log logger = LogFactory.getLog(DemoKey.class);

	private final ApiKeys keys;

	private final boolean enabled;

	private final Path file;

	private final int port;

	private volatile String secret;

	DemoKey(ApiKeys keys, @Value("${integrationsnetz.widgets.demo-key:false}") boolean enabled,
			@Value("${integrationsnetz.embedded.data-dir:data}") Path dataDir,
			@Value("${local.server.port:${server.port:8080}}") int port) {
		this.keys = keys;
		this.enabled = enabled;
		this.file = dataDir.resolve("widget-demo-key");
		this.port = port;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		if (!this.enabled) {
			return;
		}
		int actualPort = event.getApplicationContext()
			.getEnvironment()
			.getProperty("local.server.port", Integer.class, this.port);
		List<String> origins = List.of("http://localhost:" + actualPort, "http://127.0.0.1:" + actualPort);
		try {
			Optional<String> stored = Files.exists(this.file)
					? Optional.of(Files.readString(this.file, StandardCharsets.UTF_8).strip()) : Optional.empty();
			Optional<ApiKey> key = stored.flatMap(this.keys::bySecret);
			if (key.isPresent() && key.get().active() && key.get().origins().containsAll(origins)) {
				this.secret = stored.get();
				return;
			}
			ApiKeys.Issued issued = this.keys.issue("Widget demo (development)", origins, 600, "system");
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			Files.writeString(this.file, issued.secret(), StandardCharsets.UTF_8);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(this.file, PosixFilePermissions.fromString("rw-------"));
			}
			this.secret = issued.secret();
			logger.info("Widget demo key " + issued.key().id() + " issued for " + origins + "; see /widgets/demo.html");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the widget demo key in " + this.file.toAbsolutePath(), ex);
		}
	}

	@GetMapping(path = "/widgets/demo-config.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> config() {
		String current = this.secret;
		if (!this.enabled || current == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("{\"apiKey\":\"" + current + "\"}");
	}

}
