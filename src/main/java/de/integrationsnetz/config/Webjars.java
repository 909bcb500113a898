package de.integrationsnetz.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * The versions of the npm webjars the application serves, read from the
 * {@code pom.properties} every webjar carries (what the webjars locator does, without the
 * dependency), so the POM is the one place that names them.
 */
public final class Webjars {

	private Webjars() {
	}

	/**
	 * The version of an npm webjar on the class path.
	 * @param artifactId the webjar's artifact id in {@code org.webjars.npm}
	 * @return its version
	 */
	public static String version(String artifactId) {
		ClassPathResource metadata = new ClassPathResource(
				"META-INF/maven/org.webjars.npm/" + artifactId + "/pom.properties");
		Properties properties = new Properties();
		try (InputStream in = metadata.getInputStream()) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The webjar org.webjars.npm:" + artifactId + " is not on the class path",
					ex);
		}
		return properties.getProperty("version");
	}

	/**
	 * A file of an npm webjar on the class path.
	 * @param artifactId the webjar's artifact id in {@code org.webjars.npm}
	 * @param path the file's path inside the package, e.g. {@code dist/x.js}
	 * @return the file
	 */
	public static ClassPathResource file(String artifactId, String path) {
		return new ClassPathResource(
				"META-INF/resources/webjars/" + artifactId + "/" + version(artifactId) + "/" + path);
	}

}
