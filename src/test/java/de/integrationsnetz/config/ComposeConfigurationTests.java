package de.integrationsnetz.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code docker-compose.yml} and the {@code Dockerfile} against the configuration
 * the application actually reads, since no container engine runs in the build.
 * <p>
 * Plain JUnit without Spring: the files are read from the repository root (the working
 * directory of the tests). Compose's variable interpolation ({@code ${VAR:-default}},
 * {@code $$}) is resolved here against an explicit environment, once with nothing set
 * (the defaults a first {@code docker compose up} uses) and once with operator values.
 */
class ComposeConfigurationTests {

	private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

	private static final Path DOCKERFILE = Path.of("Dockerfile");

	private static final Path RESOURCES = Path.of("src/main/resources");

	/**
	 * Environment variables the app reads although no {@code application*.yaml} names
	 * them. Keep it short: every entry needs a reason.
	 */
	private static final Set<String> STANDARD_VARIABLES = Set.of(
			// spring.profiles.active, read by Spring Boot itself; selects
			// application-<profile>.yaml
			"SPRING_PROFILES_ACTIVE",
			// read by the JVM, not by Spring: the way to pass -Xmx and friends to the
			// image's java -jar entry point
			"JAVA_TOOL_OPTIONS");

	/** Compose interpolation: {@code $$}, {@code ${NAME...}} or {@code $NAME}. */
	private static final Pattern COMPOSE_VARIABLE = Pattern
		.compile("\\$(?:(\\$)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

	/**
	 * Spring placeholder in the application's YAML: {@code ${NAME} or ${NAME:default}}.
	 */
	private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

	private static Map<String, Object> services;

	private static Map<String, Object> topLevel;

	@BeforeAll
	static void readComposeFile() throws IOException {
		topLevel = new Yaml().load(Files.readString(COMPOSE_FILE));
		services = map(topLevel.get("services"), "services");
	}

	@Test
	void everyVariableSetForTheAppIsOneTheAppReads() throws IOException {
		Set<String> read = variablesTheAppReads();
		Set<String> unknown = new TreeSet<>(environment("app", Map.of()).keySet());
		unknown.removeAll(read);
		assertThat(unknown)
			.as("environment variables set for the app in %s that the app does not read; the app reads %s",
					COMPOSE_FILE, new TreeSet<>(read))
			.isEmpty();
	}

	@Test
	void theActiveProfileHasAProfileFile() {
		String profiles = environment("app", Map.of()).get("SPRING_PROFILES_ACTIVE");
		if (profiles != null) {
			for (String profile : profiles.split(",")) {
				assertThat(RESOURCES.resolve("application-" + profile.strip() + ".yaml")).exists();
			}
		}
	}

	@Test
	void appReachesTheNeo4jServiceOverBolt() {
		URI uri = URI.create(environment("app", Map.of()).get("NEO4J_URI"));
		assertThat(uri.getScheme()).isIn("bolt", "neo4j");
		assertThat(uri.getHost()).isEqualTo("neo4j");
		assertThat(services).containsKey(uri.getHost());
		assertThat(uri.getPort()).isEqualTo(7687);
	}

	@Test
	void appUsesTheCredentialsNeo4jIsStartedWith() {
		for (Map<String, String> shell : List.of(Map.<String, String>of(),
				Map.of("NEO4J_PASSWORD", "an-operator-secret"))) {
			String auth = environment("neo4j", shell).get("NEO4J_AUTH");
			assertThat(auth).as("NEO4J_AUTH").contains("/");
			String user = auth.substring(0, auth.indexOf('/'));
			String password = auth.substring(auth.indexOf('/') + 1);
			Map<String, String> app = environment("app", shell);
			assertThat(app.getOrDefault("NEO4J_USERNAME", "neo4j")).as("NEO4J_USERNAME").isEqualTo(user);
			assertThat(app.get("NEO4J_PASSWORD")).as("NEO4J_PASSWORD with %s", shell).isEqualTo(password);
			// Neo4j 5 refuses to start with a shorter initial password
			assertThat(password).hasSizeGreaterThanOrEqualTo(8);
		}
	}

	@Test
	void neo4jServerIsTheVersionLineTheAppIsBuiltAgainst() throws IOException {
		String image = (String) service("neo4j").get("image");
		assertThat(image).matches("neo4j:5\\.26(\\.\\d+)?(-community|-enterprise)?");
		Matcher pom = Pattern.compile("<neo4j.version>(\\d+\\.\\d+)\\.").matcher(Files.readString(Path.of("pom.xml")));
		assertThat(pom.find()).as("<neo4j.version> in pom.xml").isTrue();
		assertThat(image).startsWith("neo4j:" + pom.group(1));
	}

	@Test
	void bothServicesHaveHealthChecks() {
		for (String name : List.of("neo4j", "app")) {
			Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ".healthcheck");
			assertThat(healthcheck.get("disable")).as(name + " health check disabled").isNotEqualTo(true);
			assertThat(healthcheck.get("test")).as(name + " health check test").isInstanceOf(List.class);
			assertThat((List<?>) healthcheck.get("test")).as(name + " health check test").hasSizeGreaterThan(1);
		}
		String appCheck = String.join(" ", strings(map(service("app").get("healthcheck"), "").get("test")));
		assertThat(appCheck).contains("http://localhost:" + appContainerPort() + "/actuator/health/readiness");
	}

	@Test
	void appStartsOnlyWhenNeo4jIsHealthy() {
		Map<String, Object> dependsOn = map(service("app").get("depends_on"), "app.depends_on (long syntax)");
		Map<String, Object> neo4j = map(dependsOn.get("neo4j"), "app.depends_on.neo4j");
		assertThat(neo4j.get("condition")).isEqualTo("service_healthy");
	}

	@Test
	void neo4jKeepsItsDataInANamedVolume() {
		List<String> sources = new ArrayList<>();
		for (Object volume : (List<?>) service("neo4j").get("volumes")) {
			if (volume instanceof String mount) {
				String[] parts = mount.split(":");
				if (parts.length >= 2 && parts[1].equals("/data")) {
					sources.add(parts[0]);
				}
			}
			else if (volume instanceof Map<?, ?> mount && "/data".equals(mount.get("target"))) {
				sources.add(String.valueOf(mount.get("source")));
			}
		}
		assertThat(sources).as("volumes mounted at /data").hasSize(1);
		assertThat(map(topLevel.get("volumes"), "volumes")).containsKey(sources.get(0));
	}

	@Test
	void dockerfileExposesThePortComposePublishesAndTheAppListensOn() throws IOException {
		List<String> lines = Files.readAllLines(DOCKERFILE);
		int finalStage = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().toUpperCase(Locale.ROOT).startsWith("FROM ")) {
				finalStage = i;
			}
		}
		assertThat(finalStage).as("FROM in Dockerfile").isNotNegative();
		List<String> exposed = new ArrayList<>();
		String user = null;
		for (String line : lines.subList(finalStage, lines.size())) {
			String[] words = line.strip().split("\\s+");
			if (words[0].equalsIgnoreCase("EXPOSE")) {
				Stream.of(words).skip(1).map((port) -> port.replace("/tcp", "")).forEach(exposed::add);
			}
			if (words[0].equalsIgnoreCase("USER")) {
				user = words[1];
			}
		}
		int port = appContainerPort();
		assertThat(exposed).contains(String.valueOf(port));
		assertThat(port).isEqualTo(appListenPort());
		assertThat(user).as("USER of the final stage").isNotNull().doesNotMatch("(root|0)(:.*)?");
	}

	/**
	 * Placeholders in the application's YAML files plus the environment-variable form of
	 * every property they define (Spring Boot's relaxed binding: {@code spring.neo4j.uri}
	 * is also read from {@code SPRING_NEO4J_URI}), plus {@link #STANDARD_VARIABLES}.
	 */
	private static Set<String> variablesTheAppReads() throws IOException {
		Set<String> names = new TreeSet<>(STANDARD_VARIABLES);
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("application.*\\.ya?ml"))
				.toList()) {
				String yaml = Files.readString(file);
				Matcher placeholder = SPRING_PLACEHOLDER.matcher(yaml);
				while (placeholder.find()) {
					names.add(placeholder.group(1).strip());
				}
				for (Object document : new Yaml().loadAll(yaml)) {
					collectPropertyVariables("", document, names);
				}
			}
		}
		assertThat(names).as("variables found in %s", RESOURCES).contains("NEO4J_URI");
		return names;
	}

	private static void collectPropertyVariables(String prefix, Object node, Set<String> names) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> collectPropertyVariables(prefix + key + ".", value, names));
		}
		else if (!prefix.isEmpty()) {
			String property = prefix.substring(0, prefix.length() - 1);
			names.add(property.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT));
		}
	}

	/** The container port of the app's published port. */
	private static int appContainerPort() {
		List<?> ports = (List<?>) service("app").get("ports");
		assertThat(ports).as("app ports").hasSize(1);
		Object port = ports.get(0);
		if (port instanceof Map<?, ?> mapping) {
			return Integer.parseInt(String.valueOf(mapping.get("target")));
		}
		String spec = String.valueOf(port).replace("/tcp", "");
		return Integer.parseInt(spec.substring(spec.lastIndexOf(':') + 1));
	}

	/** The port the app listens on in the container: server.port as configured. */
	private static int appListenPort() throws IOException {
		Map<String, String> app = environment("app", Map.of());
		if (app.containsKey("SERVER_PORT")) {
			return Integer.parseInt(app.get("SERVER_PORT"));
		}
		Map<String, Object> yaml = new Yaml().load(Files.readString(RESOURCES.resolve("application.yaml")));
		String configured = String.valueOf(map(yaml.get("server"), "server").get("port"));
		Matcher placeholder = SPRING_PLACEHOLDER.matcher(configured);
		if (placeholder.matches()) {
			String variable = placeholder.group(1);
			return Integer.parseInt(app.getOrDefault(variable, placeholder.group(2)));
		}
		return Integer.parseInt(configured);
	}

	private static Map<String, Object> service(String name) {
		return map(services.get(name), "services." + name);
	}

	/** A service's environment after compose interpolation against {@code shell}. */
	private static Map<String, String> environment(String service, Map<String, String> shell) {
		Object environment = service(service).get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof List<?> list) {
			for (Object entry : list) {
				String[] pair = String.valueOf(entry).split("=", 2);
				variables.put(pair[0], (pair.length > 1) ? interpolate(pair[1], shell) : shell.get(pair[0]));
			}
		}
		else if (environment != null) {
			map(environment, service + ".environment").forEach((key, value) -> variables.put(key,
					(value != null) ? interpolate(String.valueOf(value), shell) : shell.get(key)));
		}
		return variables;
	}

	/**
	 * Compose's interpolation of {@code $$}, {@code $VAR} and {@code ${VAR[:]-|?|+...}}.
	 */
	private static String interpolate(String value, Map<String, String> shell) {
		Matcher variable = COMPOSE_VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (variable.find()) {
			String replacement;
			if (variable.group(1) != null) {
				replacement = "$";
			}
			else if (variable.group(5) != null) {
				replacement = shell.getOrDefault(variable.group(5), "");
			}
			else {
				String current = shell.get(variable.group(2));
				String operator = variable.group(3);
				String argument = variable.group(4);
				boolean set = (operator != null && operator.startsWith(":")) ? current != null && !current.isEmpty()
						: current != null;
				if (operator == null) {
					replacement = (current != null) ? current : "";
				}
				else if (operator.endsWith("-")) {
					replacement = set ? current : argument;
				}
				else if (operator.endsWith("+")) {
					replacement = set ? argument : "";
				}
				else {
					assertThat(set).as("required variable %s: %s", variable.group(2), argument).isTrue();
					replacement = current;
				}
			}
			variable.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		variable.appendTail(result);
		return result.toString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node, String what) {
		assertThat(node).as(what).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}

	private static List<String> strings(Object node) {
		return ((List<?>) node).stream().map(String::valueOf).toList();
	}

}
