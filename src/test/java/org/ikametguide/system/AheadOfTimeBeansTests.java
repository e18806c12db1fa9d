package org.ikametguide.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ikametguide.IkametGuideApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ahead-of-time code of the build (docs/operating.md, "Start fast") fixes which beans exist as they are without a profile,
 * and {@link AheadOfTimeProfiles} lets it serve the postgres profile too. That is only right while the postgres
 * profile adds no bean and removes none: a {@code @Profile("postgres")} bean, or a property of that profile that a
 * condition reads, would be silently missing from such a start. This compares the two starts' beans.
 */
class AheadOfTimeBeansTests {

	@Test
	void thePostgresProfileHasExactlyTheBeansOfTheDefaultStart() {
		Set<String> plain = beanNames("test");
		Set<String> postgres = beanNames("test,postgres");
		assertThat(plain).contains("springSessionRepositoryFilter", "sessionRepository", "flywayInitializer");
		assertThat(postgres).as("beans of the postgres start that the default start lacks, or the reverse")
			.containsExactlyInAnyOrderElementsOf(plain);
	}

	@Test
	void theMetricsProfileChangesTheBeansSoTheComparisonCanTellTheDifference() {
		Set<String> plain = beanNames("test");
		Set<String> metrics = beanNames("test,metrics");
		assertThat(metrics).contains("prometheusMeterRegistry").doesNotContain("simpleMeterRegistry");
		assertThat(plain).contains("simpleMeterRegistry").doesNotContain("prometheusMeterRegistry");
	}

	@Test
	void theDefaultStartNeverMakesTheDatabaseSessionRepository() throws Exception {
		try (ConfigurableApplicationContext context = start("test")) {
			HttpResponse<Void> login = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
						+ context.getEnvironment().getProperty("local.server.port") + "/login")).build(),
						HttpResponse.BodyHandlers.discarding());
			assertThat(login.headers().allValues("Set-Cookie")).as("the sign-in form opens a container session")
				.anyMatch((cookie) -> cookie.startsWith("JSESSIONID="));
			assertThat(context.getBeanFactory().containsSingleton("sessionRepository"))
				.as("the JDBC session repository (and its cleanup job) made on the single-machine default")
				.isFalse();
		}
	}

	@Test
	void underThePostgresProfileTheSessionRepositoryIsMadeAtStartSoItsCleanupRuns() {
		try (ConfigurableApplicationContext context = start("test,postgres")) {
			assertThat(context.getBeanFactory().containsSingleton("sessionRepository")).isTrue();
		}
	}

	private static Set<String> beanNames(String profiles) {
		try (ConfigurableApplicationContext context = start(profiles)) {
			return Set.of(context.getBeanDefinitionNames());
		}
	}

	private static ConfigurableApplicationContext start(String profiles) {
		return new SpringApplicationBuilder(IkametGuideApplication.class).run("--spring.profiles.active=" + profiles,
				"--server.port=0", "--management.server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:beans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--spring.main.banner-mode=off");
	}

}
