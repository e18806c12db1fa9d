package org.ikametguide.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A load balancer or orchestrator may ask whether an instance lives and is ready (database included); nobody learns
 * anything else about its insides from the public port.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActuatorTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void healthLivenessAndReadinessAnswerUpWithoutDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			for (var request : List.of(get(path), get(path).with(user("ayse")))) {
				mvc.perform(request)
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.status").value("UP"))
					.andExpect(jsonPath("$.components").doesNotExist())
					.andExpect(jsonPath("$.details").doesNotExist());
			}
		}
	}

	@Test
	void readinessIncludesTheDatabaseAndLivenessDoesNot(@Autowired HealthEndpointGroups groups) {
		assertThat(groups.get("readiness").isMember("db")).isTrue();
		assertThat(groups.get("liveness").isMember("db")).isFalse();
		assertThat(groups.getPrimary().showDetails(null)).isFalse();
	}

	@Test
	void nothingElseOfTheActuatorAnswers() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/prometheus", "/actuator/heapdump", "/actuator/shutdown", "/actuator/health/db" }) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
			mvc.perform(get(path).with(user("ayse"))).andExpect(status().isNotFound());
		}
	}

	@Test
	void shutdownLetsRequestsInFlightFinish(@Autowired Environment environment) {
		assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("20s");
	}

}
