package de.integrationsnetz.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line recognises {@code seed} as a command, not as an option value.
 */
class SeedCommandTests {

	@Test
	void recognisesSeedAsFirstNonOptionArgument() {
		assertThat(SeedCommand.isCommand("seed")).isTrue();
		assertThat(SeedCommand.isCommand("--spring.profiles.active=prod", "seed", "graph-seed")).isTrue();
	}

	@Test
	void runsTheServerOtherwise() {
		assertThat(SeedCommand.isCommand()).isFalse();
		assertThat(SeedCommand.isCommand("--server.port=9090")).isFalse();
		assertThat(SeedCommand.isCommand("serve", "seed")).isFalse();
	}

}
