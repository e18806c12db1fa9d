package org.ikametguide.system;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.ikametguide.FormPost;
import org.ikametguide.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * The jar the build made, started as docs/operating.md's "Start fast" says: with the ahead-of-time code generated at
 * build time ({@code -Dspring.aot.enabled=true}, a wiring the other tests never run) and a training run's class
 * archive, on a fresh embedded database in an empty directory. A reader gets the guide, a person registers, tracks an
 * application, records a status, sees it on the timeline and in the CSV export. The same jar refuses that launch under
 * a profile, whose beans the build-time code lacks, saying what to do instead; under the postgres profile two
 * instances of it ({@code java -Dspring.aot.enabled=true -jar}) share one PostgreSQL database and a signed-in session.
 */
class PackagedJarIT {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	@TempDir
	Path directory;

	private final List<Process> processes = new ArrayList<>();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@AfterEach
	void stop() throws InterruptedException {
		for (Process process : this.processes) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void theAheadOfTimeStartUnderAProfileThatAddsBeansIsRefusedWithTheWayOut() throws Exception {
		Process app = launch(List.of("-Dspring.aot.enabled=true"),
				List.of("--server.port=" + freePort(), "--spring.profiles.active=metrics"));
		assertThat(app.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the launch ends by itself").isTrue();
		assertThat(app.exitValue()).isNotZero();
		assertThat(output()).contains("[metrics] are active")
			.contains("Start without -Dspring.aot.enabled=true to use a profile");
	}

	/**
	 * docs/operating.md's "Start fast" as written: {@code bench/cds-archive.sh} extracts this jar and trains a class archive with
	 * the newest JDK of the machine (these machines have Temurin 25 beside OpenJDK 17: an AOT cache; on JDK 17 alone a
	 * CDS archive), then the launch line it prints starts the app, with the option that makes the JVM refuse to start
	 * rather than quietly ignore an archive it cannot use; the app it starts serves the guide and the tracker. How fast
	 * is for the benchmark (docs/performance.md), not for a test; that the recipe works, archive used, is for this
	 * one.
	 */
	@Test
	void theFastStartOfTheReadmeTrainsAnArchiveThatTheLaunchUses() throws Exception {
		Path javaHome = newestJdk();
		Path training = this.directory.resolve("training.log");
		Process train = start(
				List.of("bash", Path.of("bench/cds-archive.sh").toAbsolutePath().toString(),
						String.valueOf(freePort())),
				training.getFileName().toString(),
				Map.of("JAVA_HOME", javaHome.toString(), "JAR", jar().toString(), "DEST",
						this.directory.resolve("app").toString(), "JAVA_OPTS", "-Dspring.aot.enabled=true"));
		assertThat(train.waitFor(START_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS)).as("training ends").isTrue();
		assertThat(train.exitValue()).as(Files.readString(training)).isZero();
		String trainingLog = Files.readString(training);
		String launch = trainingLog.lines()
			.filter((line) -> line.startsWith("launch: "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no launch line:\n" + trainingLog))
			.substring("launch: ".length());

		List<String> command = new ArrayList<>(List.of(launch.split(" ")));
		boolean aotCache = launch.contains("-XX:AOTCache=");
		assertThat(aotCache).as("an AOT cache on JDK 25 or later, else a CDS archive")
			.isEqualTo(Runtime.Version.parse(javaVersion(javaHome)).feature() >= 25);
		command.add(1, aotCache ? "-XX:AOTMode=on" : "-Xshare:on");
		int port = freePort();
		command.add("--server.port=" + port);
		Process app = start(command, "app.log", Map.of());
		String base = "http://127.0.0.1:" + port;
		awaitReady(app, base);
		assertThat(output()).contains("Starting AOT-processed");
		aReaderGetsTheGuideAndAPersonTracksAnApplication(base);
	}

	/**
	 * Over HTTP, as a browser would: the guide in two directions, then a person registers, tracks an application,
	 * records a status and sees it on the timeline, in the overview and in the CSV export.
	 */
	private void aReaderGetsTheGuideAndAPersonTracksAnApplication(String base) throws Exception {
		HttpResponse<String> overview = get(base + "/");
		assertThat(overview.statusCode()).isEqualTo(200);
		Document page = html(overview);
		assertThat(page.select(".app-notice a[href='https://e-ikamet.goc.gov.tr']")).isNotEmpty();
		assertThat(get(base + "/faq?lang=ar").body()).contains("dir=\"rtl\"");

		String csrf = csrf(get(base + "/register"));
		HttpResponse<String> registered = post(base + "/register", Map.of("_csrf", csrf, "username", "packaged-jar",
				"password", "amber-quill-harbour-73", "passwordConfirmation", "amber-quill-harbour-73"));
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/tracker"));

		csrf = csrf(get(base + "/tracker/applications/new"));
		HttpResponse<String> created = post(base + "/tracker/applications/new",
				Map.of("_csrf", csrf, "label", "My residence permit", "applicationNumber", "2026-445566",
						"permitType", "SHORT_TERM", "kind", "FIRST", "submittedOn", "2026-10-01"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String application = created.headers().firstValue("Location").orElseThrow();

		csrf = csrf(get(application));
		HttpResponse<String> recorded = post(application + "/status", Map.of("_csrf", csrf, "status",
				"ADDITIONAL_DOCUMENTS_REQUIRED", "date", "2026-11-02", "note", "Bring the rental contract"));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);

		Document timeline = html(get(application));
		assertThat(timeline.text()).contains("Bring the rental contract").contains("2026-445566");
		assertThat(timeline.select("time[datetime='2026-11-02']")).isNotEmpty();
		assertThat(get(base + "/tracker/export.csv").body()).contains("2026-445566").contains("Bring the rental contract");
		assertThat(get(base + "/tracker").body()).contains("My residence permit");
	}

	/** The JDK under /usr/lib/jvm with the highest version, or the one running this test. */
	private static Path newestJdk() throws IOException {
		Path best = Path.of(System.getProperty("java.home"));
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> homes = Files.list(jvms)) {
				for (Path home : homes.filter((h) -> Files.isExecutable(h.resolve("bin/java"))
						&& Files.isRegularFile(h.resolve("release"))).toList()) {
					if (Runtime.Version.parse(javaVersion(home))
						.compareTo(Runtime.Version.parse(javaVersion(best))) > 0) {
						best = home;
					}
				}
			}
		}
		return best;
	}

	private static String javaVersion(Path home) throws IOException {
		Path release = home.resolve("release");
		if (!Files.isRegularFile(release)) {
			return System.getProperty("java.version");
		}
		return Files.readAllLines(release)
			.stream()
			.filter((line) -> line.startsWith("JAVA_VERSION="))
			.map((line) -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Production as docs/operating.md's "Run in production" and "Start fast" describe it: two instances of the jar, both with the
	 * ahead-of-time code, under the postgres profile on one PostgreSQL database. A person registers on the first and
	 * carries on with the same session cookie on the second: the sessions are in the database, so the build-time
	 * beans include what the postgres profile needs.
	 */
	@Nested
	@ExtendWith(PostgresDatabase.class)
	class OnPostgreSql {

		@Test
		void twoAheadOfTimeInstancesShareTheSignedInSession() throws Exception {
			String first = "http://127.0.0.1:" + freePort();
			Process firstApp = launchOnPostgres(first, "first.log");
			String second = "http://127.0.0.1:" + freePort();
			Process secondApp = launchOnPostgres(second, "second.log");
			awaitReady(firstApp, first, "first.log");
			awaitReady(secondApp, second, "second.log");

			String csrf = csrf(get(first + "/register"));
			HttpResponse<String> registered = post(first + "/register", Map.of("_csrf", csrf, "username",
					"packaged-postgres", "password", "amber-quill-harbour-73", "passwordConfirmation",
					"amber-quill-harbour-73"));
			assertThat(registered.statusCode()).isEqualTo(302);
			assertThat(registered.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("SESSION="));

			HttpResponse<String> tracker = get(second + "/tracker");
			assertThat(tracker.statusCode()).as("the second instance knows the session").isEqualTo(200);
			assertThat(tracker.body()).contains("packaged-postgres");
			try (Connection connection = PostgresDatabase.connect(PostgresDatabase.name());
					Statement statement = connection.createStatement();
					ResultSet sessions = statement
						.executeQuery("select count(*) from spring_session where principal_name = 'packaged-postgres'")) {
				sessions.next();
				assertThat(sessions.getInt(1)).as("the signed-in session, stored in PostgreSQL").isEqualTo(1);
			}
			assertThat(Files.readString(directory.resolve("first.log"))).contains("Starting AOT-processed");
		}

		private Process launchOnPostgres(String base, String log) throws IOException {
			return launch(List.of("-Dspring.aot.enabled=true"),
					List.of("--server.port=" + URI.create(base).getPort(), "--spring.profiles.active=postgres",
							"--spring.datasource.url=" + PostgresDatabase.url(),
							"--spring.datasource.username=" + PostgresDatabase.USER,
							"--spring.datasource.password=" + PostgresDatabase.PASSWORD),
					log);
		}

	}

	private Process launch(List<String> jvmOptions, List<String> arguments) throws IOException {
		return launch(jvmOptions, arguments, "app.log");
	}

	private Process launch(List<String> jvmOptions, List<String> arguments, String log) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar().toString());
		command.addAll(arguments);
		return start(command, log, Map.of());
	}

	/** Runs the command in the test's directory, its output in the file {@code log} there; stopped after the test. */
	private Process start(List<String> command, String log, Map<String, String> environment) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve(log).toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		this.processes.add(process);
		return process;
	}

	/** The executable jar of this build, which `package` made before failsafe runs. */
	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> jars = files
				.filter((file) -> file.getFileName().toString().matches("ikamet-guide-.*\\.jar"))
				.filter((file) -> !file.getFileName().toString().endsWith("-plain.jar"))
				.toList();
			assertThat(jars).as("the jar `./mvnw package` makes, in target/").hasSize(1);
			return jars.get(0).toAbsolutePath();
		}
	}

	private void awaitReady(Process app, String base) throws Exception {
		awaitReady(app, base, "app.log");
	}

	private void awaitReady(Process app, String base, String log) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app is running; its output:%n%s", output(log)).isTrue();
			try {
				if (get(base + "/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("not ready after " + START_TIMEOUT + "; its output:\n" + output(log));
	}

	private String output() throws IOException {
		return output("app.log");
	}

	private String output(String name) throws IOException {
		File log = this.directory.resolve(name).toFile();
		return log.exists() ? Files.readString(log.toPath()) : "";
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		return this.client.send(FormPost.to(URI.create(url), form).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(HttpResponse<String> page) {
		assertThat(page.statusCode()).as("%s", page.uri()).isEqualTo(200);
		return html(page).select("input[name=_csrf]").first().val();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
