package org.ikametguide.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.IkametGuideApplication;
import org.ikametguide.PostgresDatabase;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

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
		second = start();
		PasswordEncoder encoder = first.getBeanProvider(PasswordEncoder.class)
			.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder);
		first.getBean(UserAccountRepository.class)
			.save(new UserAccount(USERNAME, encoder.encode(PASSWORD), Instant.now()));
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

	@Test
	void logInOnOneContinueOnTheOtherLogOutOnEither() throws Exception {
		String anonymous = sessionCookie(get(first, "/test/session", null)).orElseThrow();
		String token = csrfToken(get(first, "/test/session", anonymous));

		HttpResponse<String> login = post(second, "/login", anonymous,
				Map.of("username", USERNAME, "password", PASSWORD, "_csrf", token));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error").doesNotContain("login");
		String loggedIn = sessionCookie(login).orElse(anonymous);

		assertThat(get(first, "/test/session", loggedIn).body()).endsWith("\n" + USERNAME);
		assertThat(get(second, "/test/session", loggedIn).body()).endsWith("\n" + USERNAME);
		assertThat(redirectsToLogin(get(first, "/tracker", loggedIn))).as("the tracker does not ask to log in again")
			.isFalse();
		assertThat(redirectsToLogin(get(first, "/tracker", null))).as("it does ask an anonymous reader").isTrue();

		String logoutToken = csrfToken(get(second, "/test/session", loggedIn));
		assertThat(post(first, "/logout", loggedIn, Map.of("_csrf", logoutToken)).statusCode()).isEqualTo(302);
		assertThat(get(second, "/test/session", loggedIn).body()).endsWith("\nanonymous");
		assertThat(redirectsToLogin(get(second, "/tracker", loggedIn))).isTrue();
	}

	@Test
	void aForgedSessionCookieIsNoSessionOnEither() throws Exception {
		String forged = "SESSION=" + Base64.getEncoder().encodeToString("not-a-session".getBytes(StandardCharsets.UTF_8));
		String token = csrfToken(get(first, "/test/session", null));
		HttpResponse<String> login = post(second, "/login", forged,
				Map.of("username", USERNAME, "password", PASSWORD, "_csrf", token));
		assertThat(login.statusCode()).as("a token from another session is refused").isEqualTo(403);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(IkametGuideApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("sessionProbe",
					RouterFunction.class, TwoInstancesTests::sessionProbe))
			.run("--spring.profiles.active=postgres", "--server.port=0",
					"--spring.datasource.url=" + PostgresDatabase.url(),
					"--spring.datasource.username=" + PostgresDatabase.USER,
					"--spring.datasource.password=" + PostgresDatabase.PASSWORD, "--spring.main.banner-mode=off");
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
		String body = form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(uri(instance, path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
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
