package de.integrationsnetz.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The explorer's examples: every {@code explorer/examples/*.graphql} file on the class
 * path, in file-name order (hence the {@code 01-}, {@code 02-} prefixes). Read once at
 * start-up, so a malformed example stops the application instead of the page.
 */
@Component
class Examples {

	static final String LOCATION = "classpath:explorer/examples/*.graphql";

	private final List<Example> all;

	Examples() {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(Examples.class.getClassLoader());
		this.all = Arrays.stream(resources(resolver))
			.sorted(Comparator.comparing(Resource::getFilename))
			.map(Example::from)
			.toList();
	}

	private static Resource[] resources(ResourcePatternResolver resolver) {
		try {
			return resolver.getResources(LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the examples at " + LOCATION, ex);
		}
	}

	List<Example> all() {
		return this.all;
	}

}
