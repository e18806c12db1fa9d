package org.ikametguide.system;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.ikametguide.FormPost;
import org.ikametguide.guide.GuidePages;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Stored guide pages over real HTTP, with the real session cookie of the default profile (the servlet container's
 * JSESSIONID) and browsers that keep the cookies they are given: a signed-in reader never gets a stored page, an
 * anonymous reader after them never gets theirs, any session cookie (live, anonymous or ended) makes the answer private,
 * and no answer that a shared cache may keep sets a cookie.
 * <p>
 * A fresh app for this class, with nothing stored yet: where a signed-in reader asks for a page first, their render is
 * the first one, the one that would be stored if anything let it through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class StoredPagesHttpTests {

	private static final String PASSWORD = "quiet-ferry-lantern-58";

	private static final String SHARED = "public, max-age=300";

	@LocalServerPort
	private int port;

	/** Every answer this test got, to check that none that shared caches may keep sets a cookie. */
	private final List<HttpResponse<String>> answers = new CopyOnWriteArrayList<>();

	@AfterEach
	void noAnswerThatSharedCachesMayKeepSetsACookie() {
		assertThat(answers).isNotEmpty();
		for (HttpResponse<String> answer : answers) {
			if (answer.headers().firstValue("Cache-Control").orElse("").contains("public")) {
				assertThat(answer.headers().allValues("Set-Cookie")).as("Set-Cookie of %s", answer.uri()).isEmpty();
			}
		}
	}

	@Test
	void aSignedInReaderGetsTheirOwnPageAndAnAnonymousReaderAfterThemNever() throws Exception {
		Browser signedIn = new Browser();
		String username = signedIn.register("stored-" + Long.toString(System.nanoTime(), 36));

		// /faq: the signed-in reader renders it first; /steps: an anonymous reader does, and it is stored.
		HttpResponse<String> storedSteps = new Browser().get("/steps");
		assertAnonymousAndShared(storedSteps, username);
		for (String path : List.of("/faq", "/steps")) {
			HttpResponse<String> theirs = signedIn.get(path);
			assertThat(theirs.statusCode()).as(path).isEqualTo(200);
			assertThat(theirs.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
					(cacheControl) -> assertThat(cacheControl).startsWith("private"));
			Document page = html(theirs);
			assertThat(page.select(".app-header__account a[href=/account]").text()).as(path).contains(username);
			assertThat(page.select("form[action=/logout] button").text()).as(path).isEqualTo("Sign out");
			assertThat(page.select(".app-header__account a[href=/login]")).as(path).isEmpty();

			for (int reader = 1; reader <= 2; reader++) {
				assertAnonymousAndShared(new Browser().get(path), username);
			}
		}
		assertThat(new Browser().get("/steps").body()).as("the stored page is as first stored")
			.isEqualTo(storedSteps.body());
	}

	@Test
	void aRequestWithAnySessionCookieGetsAnAnswerForThatBrowserOnly() throws Exception {
		new Browser().get("/checklist");
		assertAnonymousAndShared(new Browser().get("/checklist"), null);

		Browser anonymousSession = new Browser();
		anonymousSession.get("/login");
		assertThat(anonymousSession.cookie("JSESSIONID")).as("the sign-in form opens a session").isNotNull();
		assertPrivate(anonymousSession.get("/checklist"));

		Browser ended = new Browser();
		ended.register("ended-" + Long.toString(System.nanoTime(), 36));
		HttpResponse<String> signedOut = ended.submit("/checklist", "/logout", Map.of());
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/login?logout"));
		assertThat(ended.cookie("JSESSIONID")).as("the browser still sends the ended session's cookie").isNotNull();
		assertPrivate(ended.get("/checklist"));

		HttpResponse<String> madeUp = new Browser().get("/checklist", "Cookie",
				"JSESSIONID=0123456789ABCDEF0123456789ABCDEF");
		assertPrivate(madeUp);
	}

	@Test
	void aLanguageChoiceIsAnsweredPrivatelyAndThenServedFromTheStoreWithoutACookie() throws Exception {
		Browser reader = new Browser();
		HttpResponse<String> choosing = reader.get("/methods?lang=tr");
		assertThat(choosing.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("lang=tr"));
		assertPrivate(choosing);

		for (int request = 1; request <= 2; request++) {
			HttpResponse<String> chosen = reader.get("/methods");
			assertAnonymousAndShared(chosen, null);
			assertThat(html(chosen).select("html").attr("lang")).isEqualTo("tr");
		}
		for (String path : GuidePages.PATHS) {
			for (int request = 1; request <= 2; request++) {
				assertAnonymousAndShared(new Browser().get(path, "Accept-Language", "ar"), null);
			}
		}
	}

	/** Shared-cache headers, nobody signed in (the header offers to sign in), and nothing of {@code username}. */
	private static void assertAnonymousAndShared(HttpResponse<String> answer, String username) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString()).hasValue(SHARED);
		Document page = html(answer);
		if (!page.select(".app-header__account").isEmpty()) { // the printable checklist has no header
			assertThat(page.select(".app-header__account a[href=/login]")).as(answer.uri().toString()).hasSize(1);
		}
		assertThat(page.select("form[action=/logout], .app-header__account a[href=/account]"))
			.as(answer.uri().toString())
			.isEmpty();
		if (username != null) {
			assertThat(answer.body()).as(answer.uri().toString()).doesNotContain(username);
		}
	}

	private static void assertPrivate(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString())
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).startsWith("private"));
	}

	/** A browser: keeps the cookies it is given, sends forms with the CSRF token of the page they are on. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path, String... headers) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
			if (headers.length > 0) {
				request.headers(headers);
			}
			return send(request.build());
		}

		/** Opens {@code page} and sends its form whose action is {@code action}, filled in. */
		HttpResponse<String> submit(String page, String action, Map<String, String> fields) throws Exception {
			HttpResponse<String> opened = get(page);
			assertThat(opened.statusCode()).as("GET %s", page).isEqualTo(200);
			Element form = html(opened).selectFirst("form[method=post][action='" + action + "']");
			assertThat(form).as("a form posting to %s on %s", action, page).isNotNull();
			Map<String, String> filled = new LinkedHashMap<>(fields);
			for (Element hidden : form.select("input[type=hidden]")) {
				filled.putIfAbsent(hidden.attr("name"), hidden.val());
			}
			return send(FormPost.to(uri(action), filled).build());
		}

		/** Registers through the form, which signs the new account in. */
		String register(String username) throws Exception {
			HttpResponse<String> registered = submit("/register", "/register",
					Map.of("username", username, "password", PASSWORD, "passwordConfirmation", PASSWORD));
			assertThat(registered.statusCode()).isEqualTo(302);
			assertThat(get("/account").statusCode()).as("signed in after registering").isEqualTo(200);
			return username;
		}

		String cookie(String name) {
			return this.cookies.getCookieStore()
				.get(uri("/"))
				.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map((cookie) -> cookie.getValue())
				.findFirst()
				.orElse(null);
		}

		private HttpResponse<String> send(HttpRequest request) throws Exception {
			HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			answers.add(answer);
			return answer;
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

	}

}
