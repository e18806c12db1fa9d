package org.ikametguide.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.FormPost;
import org.ikametguide.IkametGuideApplication;
import org.ikametguide.PostgresDatabase;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;
import org.ikametguide.tracker.TrackerClock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Two instances of the app, as behind a load balancer, on one PostgreSQL database: a session begun on one is carried
 * on by the other with the same cookie, a login on one is a login on both, and a logout on one ends it on both.
 * <p>
 * Each instance also answers {@code /test/session} (this test adds it, the app has no such page): the session's CSRF
 * token and who is logged in. The token is kept in the session, so the other instance accepting it for a POST proves
 * that it read the same session from the database.
 */
@ExtendWith(PostgresDatabase.class)
class TwoInstancesTests {

	private static final String USERNAME = "two-instances";

	private static final String PASSWORD = "correct horse battery staple";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		// The second as docs/operating.md tells production behind HTTPS to run: the session cookie always Secure.
		second = start("--server.servlet.session.cookie.secure=true");
		createAccount(USERNAME);
	}

	/** An account stored as registration stores it: hashed with the app's own password encoder. */
	private static void createAccount(String username) {
		PasswordEncoder encoder = first.getBean(PasswordEncoder.class);
		first.getBean(UserAccountRepository.class)
			.save(new UserAccount(username, encoder.encode(PASSWORD), Instant.now()));
	}

	@AfterAll
	static void stopBoth() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
	}

	@Test
	void aSessionBegunOnOneInstanceIsCarriedOnByTheOther() throws Exception {
		HttpResponse<String> begun = get(first, "/test/session", null);
		String cookie = sessionCookie(begun).orElseThrow();
		assertThat(storedSessions(cookie)).as("the session is a row in PostgreSQL").isEqualTo(1);

		HttpResponse<String> carriedOn = get(second, "/test/session", cookie);
		assertThat(sessionCookie(carriedOn)).as("the second instance knows the session: no new one").isEmpty();
		assertThat(carriedOn.body()).endsWith("\nanonymous");
	}

	/** The container cookie's settings (application.properties, docs/operating.md) apply to the SESSION cookie too. */
	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureWhereTheSettingSaysSo() throws Exception {
		String plain = setCookie(get(first, "/test/session", null));
		assertThat(plain).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		String secure = setCookie(get(second, "/test/session", null));
		assertThat(secure).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").contains("; Secure");
	}

	@Test
	void registerAndLogInOnOneCarryOnTrackingOnTheOtherLogOutOnEither() throws Exception {
		String username = "two-" + Long.toHexString(System.nanoTime());
		Browser registering = new Browser();
		HttpResponse<String> registered = registering.submit(first, "/register", "/register",
				Map.of("username", username, "password", PASSWORD, "passwordConfirmation", PASSWORD));
		assertThat(registered.statusCode()).as("registration on the first instance").isEqualTo(302);
		assertThat(location(registered)).endsWith("/tracker");

		Browser reader = new Browser();
		HttpResponse<String> login = reader.submit(first, "/login", "/login",
				Map.of("username", username, "password", PASSWORD));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(location(login)).as("the real sign-in form on the first instance").endsWith("/tracker");

		HttpResponse<String> overview = reader.get(second, "/tracker");
		assertThat(overview.statusCode()).as("the second instance knows who is signed in").isEqualTo(200);
		assertThat(html(overview).select(".app-header__account a[href='/account']").text())
			.contains(username);

		String number = "TR-" + (System.nanoTime() % 1_000_000);
		HttpResponse<String> created = reader.submit(first, "/tracker/applications/new",
				"/tracker/applications/new",
				Map.of("applicationNumber", number, "label", "Written on the first instance", "permitType", "FAMILY",
						"kind", "FIRST", "submittedOn", LocalDate.now(TrackerClock.TURKEY).minusDays(10).toString(),
						"office", "Ankara"));
		assertThat(created.statusCode()).isEqualTo(302);
		String application = location(created);
		assertThat(application).matches(".*/tracker/applications/\\d+");
		String applicationPath = URI.create(application).getPath();
		assertThat(reader.get(second, "/tracker").body()).as("the second instance lists it").contains(number);

		String note = "Status recorded on the second instance";
		HttpResponse<String> recorded = reader.submit(second, applicationPath, applicationPath + "/status",
				Map.of("status", "IN_REVIEW", "date", LocalDate.now(TrackerClock.TURKEY).minusDays(1).toString(),
						"note", note));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(location(recorded)).contains(applicationPath + "#entry-");

		HttpResponse<String> timeline = reader.get(first, applicationPath);
		assertThat(timeline.statusCode()).isEqualTo(200);
		Document page = html(timeline);
		assertThat(page.select(".app-timeline__entry")).as("the first instance reads the status").hasSize(1);
		assertThat(page.select(".app-timeline__entry .app-timeline__note-text").text()).isEqualTo(note);
		assertThat(jdbc().queryForObject("select count(*) from status_entry e join tracked_application a on "
				+ "a.id = e.application_id where a.application_number = ? and e.status = 'IN_REVIEW'",
				Integer.class, number)).isEqualTo(1);

		String signedIn = reader.cookie;
		HttpResponse<String> logout = reader.submit(second, "/tracker", "/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(location(logout)).endsWith("/login?logout");
		assertThat(storedSessions(signedIn)).as("the session row is gone from PostgreSQL").isZero();
		HttpResponse<String> afterLogout = get(first, "/tracker", signedIn);
		assertThat(redirectsToLogin(afterLogout)).as("the old cookie no longer opens the tracker on the first")
			.isTrue();
		assertThat(redirectsToLogin(get(first, applicationPath, signedIn))).isTrue();
	}

	@Test
	void failedLoginsOnOneLockTheUsernameOnTheOther() throws Exception {
		String username = "locked-" + Long.toHexString(System.nanoTime());
		createAccount(username);
		Browser guesser = new Browser();
		for (int attempt = 1; attempt <= 5; attempt++) {
			HttpResponse<String> failed = guesser.submit(first, "/login", "/login",
					Map.of("username", username, "password", "wrong guess number " + attempt));
			assertThat(location(failed)).as("failure %d on the first instance", attempt).endsWith("/login?error");
		}

		Browser owner = new Browser();
		HttpResponse<String> refused = owner.submit(second, "/login", "/login",
				Map.of("username", username, "password", PASSWORD));
		assertThat(location(refused)).as("the right password on the second instance is refused: locked")
			.endsWith("/login?locked");
		assertThat(redirectsToLogin(owner.get(second, "/tracker"))).isTrue();
		assertThat(redirectsToLogin(owner.get(first, "/tracker"))).isTrue();

		Browser other = new Browser();
		String control = "unlocked-" + Long.toHexString(System.nanoTime());
		createAccount(control);
		assertThat(location(other.submit(second, "/login", "/login",
				Map.of("username", control, "password", PASSWORD))))
			.as("another username is not locked").endsWith("/tracker");
	}

	@Test
	void aForgedSessionCookieIsNoSessionOnEither() throws Exception {
		String forged = "SESSION=" + Base64.getEncoder().encodeToString("not-a-session".getBytes(StandardCharsets.UTF_8));
		String token = csrfToken(get(first, "/test/session", null));
		HttpResponse<String> login = post(second, "/login", forged,
				Map.of("username", USERNAME, "password", PASSWORD, "_csrf", token));
		assertThat(login.statusCode()).as("a token from another session is refused").isEqualTo(403);
	}

	/**
	 * A browser: keeps the SESSION cookie it is given, and sends forms the way a reader does, with the CSRF token of
	 * the page the form is on.
	 */
	private final class Browser {

		private String cookie;

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
			return keepCookie(TwoInstancesTests.this.get(instance, path, cookie));
		}

		/** Opens {@code page} on the instance and sends its form whose action is {@code action}, filled in. */
		HttpResponse<String> submit(ConfigurableApplicationContext instance, String page, String action,
				Map<String, String> fields) throws Exception {
			HttpResponse<String> opened = get(instance, page);
			assertThat(opened.statusCode()).as("GET %s", page).isEqualTo(200);
			Element form = html(opened).selectFirst("form[method=post][action='" + action + "']");
			assertThat(form).as("a form posting to %s on %s", action, page).isNotNull();
			Map<String, String> filled = new LinkedHashMap<>(fields);
			filled.put("_csrf", form.selectFirst("input[name=_csrf]").val());
			return keepCookie(post(instance, action, cookie, filled));
		}

		private HttpResponse<String> keepCookie(HttpResponse<String> response) {
			sessionCookie(response).ifPresent((set) -> cookie = set.equals("SESSION=") ? null : set);
			return response;
		}

	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static JdbcTemplate jdbc() {
		return first.getBean(JdbcTemplate.class);
	}

	private static ConfigurableApplicationContext start(String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--server.port=0",
				"--spring.datasource.url=" + PostgresDatabase.url(),
				"--spring.datasource.username=" + PostgresDatabase.USER,
				"--spring.datasource.password=" + PostgresDatabase.PASSWORD, "--spring.main.banner-mode=off"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(IkametGuideApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("sessionProbe",
					RouterFunction.class, TwoInstancesTests::sessionProbe))
			.run(arguments.toArray(String[]::new));
	}

	private static RouterFunction<ServerResponse> sessionProbe() {
		return RouterFunctions.route().GET("/test/session", (request) -> {
			CsrfToken token = (CsrfToken) request.servletRequest().getAttribute(CsrfToken.class.getName());
			Principal principal = request.servletRequest().getUserPrincipal();
			return ServerResponse.ok()
				.body(token.getToken() + "\n" + ((principal != null) ? principal.getName() : "anonymous"));
		}).build();
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String cookie,
			Map<String, String> form) throws Exception {
		HttpRequest.Builder request = FormPost.to(uri(instance, path), form);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** The Set-Cookie header of the SESSION cookie, whole. */
	private static String setCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	/** The SESSION cookie the response sets, as a Cookie request header value. */
	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("SESSION="))
			.map((header) -> header.substring(0, header.indexOf(';')))
			.findFirst();
	}

	private static String csrfToken(HttpResponse<String> probe) {
		assertThat(probe.statusCode()).isEqualTo(200);
		return probe.body().substring(0, probe.body().indexOf('\n'));
	}

	private static boolean redirectsToLogin(HttpResponse<?> response) {
		return response.statusCode() == 302
				&& response.headers().firstValue("Location").orElse("").endsWith("/login");
	}

	private static int storedSessions(String cookie) {
		String id = new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())),
				StandardCharsets.UTF_8);
		return first.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id);
	}

}
