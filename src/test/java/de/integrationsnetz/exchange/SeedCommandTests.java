package de.integrationsnetz.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line recognises {@code seed}, {@code import} and {@code export} as
 * commands, not as option values, and splits their options.
 */
class SeedCommandTests {

	@Test
	void recognisesSeedAsFirstNonOptionArgument() {
		assertThat(GraphCommands.isCommand("seed")).isTrue();
		assertThat(GraphCommands.isCommand("--spring.profiles.active=prod", "seed", "graph-seed")).isTrue();
	}

	@Test
	void runsTheServerOtherwise() {
		assertThat(GraphCommands.isCommand()).isFalse();
		assertThat(GraphCommands.isCommand("--server.port=9090")).isFalse();
		assertThat(GraphCommands.isCommand("serve", "seed")).isFalse();
	}

	@Test
	void knowsEveryCommand() {
		assertThat(GraphCommands.isCommand("import", "dir", "--dry-run")).isTrue();
		assertThat(GraphCommands.isCommand("--spring.profiles.active=prod", "export", "--out", "x")).isTrue();
		assertThat(GraphCommands.isCommand("seed")).isTrue();
		assertThat(GraphCommands.isCommand("serve")).isFalse();
		assertThat(GraphCommands.isCommand()).isFalse();
		assertThat(GraphCommands.isCommand("--server.port=9090")).isFalse();
	}

	@Test
	void splitsOptionsWithSeparateOrAttachedValues() {
		GraphCommands.Arguments arguments = GraphCommands.Arguments
			.parse(new String[] { "import", "--encoding", "windows-1252", "dir", "--dry-run" }, Set.of("encoding"));
		assertThat(arguments.positional()).isEqualTo(List.of("import", "dir"));
		assertThat(arguments.options()).isEqualTo(Map.of("encoding", "windows-1252", "dry-run", "true"));
		assertThat(GraphCommands.Arguments.parse(new String[] { "export", "--format=json", "--out=x" }, Set.of())
			.options()).isEqualTo(Map.of("format", "json", "out", "x"));
	}

}
