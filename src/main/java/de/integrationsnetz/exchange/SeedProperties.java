package de.integrationsnetz.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether and from where the sample graph is loaded.
 *
 * @param enabled load the seed on start-up when the graph has no entities yet (on by
 * default; off in the {@code prod} profile so a real city never gets sample people)
 * @param location the seed directory as a Spring resource location, default the Herne
 * seed packaged in the application ({@code classpath:graph-seed/})
 */
@ConfigurationProperties("integrationsnetz.seed")
public record SeedProperties(Boolean enabled, String location) {

	public SeedProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		location = (location != null) ? location : "classpath:graph-seed/";
	}

}
