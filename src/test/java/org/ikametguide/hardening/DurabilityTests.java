package org.ikametguide.hardening;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ikametguide.IkametGuideApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 §10: an operator who moves the H2 database ({@code SPRING_DATASOURCE_URL=jdbc:h2:file:/var/lib/…}, no
 * {@code WRITE_DELAY} in it) still gets every commit written before the answer, not up to 500 ms later.
 */
class DurabilityTests {

	@TempDir
	Path directory;

	@Test
	void commitsAreWrittenAtOnceWithAnOperatorsOwnFileUrl() {
		String url = "jdbc:h2:file:" + directory.resolve("ikamet").toAbsolutePath();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IkametGuideApplication.class)
			.run("--spring.datasource.url=" + url, "--server.port=0")) {
			assertThat(app.getBean(JdbcTemplate.class)
				.queryForList("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'",
						String.class))
				.as("H2's delay between a commit and its write to the file, in ms")
				.isNotEmpty()
				.containsOnly("0");
		}
	}

}
