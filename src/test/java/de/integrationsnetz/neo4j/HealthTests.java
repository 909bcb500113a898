package de.integrationsnetz.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.integrationsnetz.support.GraphIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health includes Neo4j; readiness is UP once migrations and seed are done (the context
 * is only started, and ready, after both).
 */
class HealthTests extends GraphIntegrationTest {

	@Test
	void reportsNeo4jInHealthAndIsReady() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> health = http.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(health.body()).contains("\"neo4j\"").contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = http.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("neo4j");
	}

}
