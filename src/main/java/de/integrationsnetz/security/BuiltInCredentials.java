package de.integrationsnetz.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The built-in users and tokens: those configured, or, when neither they nor single
 * sign-on are configured, a COORDINATOR and a STAFF user whose random passwords are
 * generated on the first start and kept in the credentials file (owner-only), so no
 * fixed, known password ships. The log says where the file is, never what it holds.
 *
 * @param users the users
 * @param tokens the tokens
 */
record BuiltInCredentials(List<SecuritySettings.User> users, List<SecuritySettings.Token> tokens) {

	private static final Log logger = LogFactory.getLog(BuiltInCredentials.class);

	static final String COORDINATOR_USER = "coordinator";

	static final String STAFF_USER = "staff";

	/**
	 * The credentials to use.
	 * @param settings the settings
	 * @param singleSignOn whether single sign-on is configured
	 * @return the credentials
	 */
	static BuiltInCredentials of(SecuritySettings settings, boolean singleSignOn) {
		if (!settings.users().isEmpty() || !settings.tokens().isEmpty() || singleSignOn) {
			return new BuiltInCredentials(settings.users(), settings.tokens());
		}
		return generated(settings.credentialsFile());
	}

	private static BuiltInCredentials generated(Path file) {
		try {
			Properties stored = new Properties();
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					stored.load(reader);
				}
			}
			boolean changed = false;
			List<SecuritySettings.User> users = new ArrayList<>();
			for (String[] user : new String[][] { { COORDINATOR_USER, Role.COORDINATOR.name() },
					{ STAFF_USER, Role.STAFF.name() } }) {
				String key = user[0] + ".password";
				if (stored.getProperty(key, "").isBlank()) {
					stored.setProperty(key, randomPassword());
					changed = true;
				}
				users.add(new SecuritySettings.User(user[0], stored.getProperty(key), Role.valueOf(user[1]), null));
			}
			if (changed) {
				write(file, stored);
				logger.info("Built-in sign-in: generated passwords for the users '" + COORDINATOR_USER
						+ "' (COORDINATOR) and '" + STAFF_USER + "' (STAFF); they are in " + file.toAbsolutePath());
			}
			else {
				logger.info("Built-in sign-in: users '" + COORDINATOR_USER + "' and '" + STAFF_USER + "', passwords in "
						+ file.toAbsolutePath());
			}
			return new BuiltInCredentials(users, List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the credentials file " + file.toAbsolutePath(), ex);
		}
	}

	private static void write(Path file, Properties stored) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Path temporary = Files.createTempFile(parent, "credentials", ".tmp");
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			stored.store(writer, " Integrationsnetz built-in sign-in (HTTP Basic), generated on first start."
					+ " User names: " + COORDINATOR_USER + ", " + STAFF_USER + ". Keep this file private.");
		}
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
