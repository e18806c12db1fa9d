package org.ikametguide.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics, switched on with the metrics profile as docs/operating.md says: served on the
 * separate management port only (with health, for the probes), never on the public one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles({ "test", "metrics" })
class PrometheusTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void metricsAreScrapedOnTheManagementPort() throws Exception {
		http.send(get(port, "/steps"), HttpResponse.BodyHandlers.discarding());
		HttpResponse<String> metrics = http.send(get(managementPort, "/actuator/prometheus"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"logback_events_total");
		assertThat(http.send(get(managementPort, "/actuator/health"), HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"status\":\"UP\"");
	}

	@Test
	void thePublicPortServesNoActuatorAtAllThen() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		for (String path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator" }) {
			assertThat(http.send(get(port, path), HttpResponse.BodyHandlers.discarding()).statusCode()).as(path)
				.isEqualTo(404);
		}
		assertThat(http.send(get(port, "/steps"), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
	}

	private static HttpRequest get(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
	}

}
