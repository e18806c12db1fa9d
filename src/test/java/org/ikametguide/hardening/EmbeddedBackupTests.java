package org.ikametguide.hardening;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.ikametguide.IkametGuideApplication;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 §11: the embedded database is backed up while the app runs, on an operator's command on the management
 * port (never on the public one), and the backup restores as docs/operating.md says: stop, unzip into the data
 * directory, start.
 */
class EmbeddedBackupTests {

	@TempDir
	Path directory;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aBackupTakenWhileTheAppRunsRestoresEverything() throws Exception {
		Path data = directory.resolve("data");
		Path backups = directory.resolve("backups");
		String[] arguments = { "--spring.datasource.url=jdbc:h2:file:" + data.resolve("ikamet-guide").toAbsolutePath(),
				"--spring.profiles.active=metrics", "--server.port=0", "--management.server.port=0",
				"--ikamet.backup.directory=" + backups.toAbsolutePath() };
		Path backup;
		try (ConfigurableApplicationContext app = start(arguments)) {
			app.getBean(UserAccountRepository.class)
				.saveAndFlush(new UserAccount("backed-up", "{noop}not-used", Instant.now()));
			int publicPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			int managementPort = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));

			assertThat(post(publicPort, "/actuator/backup").statusCode()).as("the public port").isEqualTo(404);
			HttpResponse<String> answer = post(managementPort, "/actuator/backup");
			assertThat(answer.statusCode()).isEqualTo(200);
			backup = Path.of(JsonMapper.builder().build().readTree(answer.body()).path("file").asString());
			assertThat(backup).exists().startsWith(backups.toAbsolutePath());
			// Written after the backup: not in it.
			app.getBean(UserAccountRepository.class)
				.saveAndFlush(new UserAccount("after-backup", "{noop}not-used", Instant.now()));
		}

		// docs/operating.md's restore: with the app stopped, replace the data directory's content with the zip's, then
		// start.
		Path restored = directory.resolve("restored");
		Files.createDirectories(restored);
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Files.copy((InputStream) zip, restored.resolve(entry.getName()));
			}
		}
		arguments[0] = "--spring.datasource.url=jdbc:h2:file:" + restored.resolve("ikamet-guide").toAbsolutePath();
		try (ConfigurableApplicationContext app = start(arguments)) {
			UserAccountRepository accounts = app.getBean(UserAccountRepository.class);
			assertThat(accounts.findByUsernameIgnoringCase("backed-up")).isPresent();
			assertThat(accounts.findByUsernameIgnoringCase("after-backup")).isEmpty();
		}
	}

	private HttpResponse<String> post(int port, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ConfigurableApplicationContext start(String[] arguments) {
		return new SpringApplicationBuilder(IkametGuideApplication.class).run(arguments);
	}

}
