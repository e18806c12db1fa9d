package org.ikametguide.hardening;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Requests a double-click, a broken client or an attacker sends, as the servlet container receives them: each gets the
 * site's own page in its layout, nothing private reaches a log line, nothing is half-stored (issue 12, §1 and §6).
 * The upload limit is lowered to 8 MB here, so that "over the limit" is a 9 MB body rather than the real limit's
 * 256 MB (how an oversize request is answered does not depend on the limit's value).
 */
@TestPropertySource(properties = { "spring.servlet.multipart.max-file-size=8MB",
		"spring.servlet.multipart.max-request-size=8MB" })
class BadRequestTests extends HardeningHttpTest {

	@Test
	void parallelPostsOfOneNewNumberTrackItOnceAndLogNothing() throws Exception {
		SignedIn me = signedIn("double");
		Visitor visitor = me.visitor();
		String number = uniqueNumber("double");
		String token = visitor.csrfToken();
		Map<String, String> form = new LinkedHashMap<>(applicationFields(number));
		form.put("_csrf", token);
		String body = Visitor.encode(form);
		List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			posts.add(() -> visitor.send(visitor.request("/tracker/applications/new")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build()));
		}
		List<HttpResponse<String>> responses = new ArrayList<>();
		try (LogCapture logs = LogCapture.start()) {
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				for (Future<HttpResponse<String>> response : pool.invokeAll(posts)) {
					responses.add(response.get());
				}
			}
			finally {
				pool.shutdown();
			}
			logs.assertNoneContains(number);
			logs.assertAtMostWarnings(0);
		}
		assertThat(applicationsOf(me.username())).isEqualTo(1);
		assertThat(responses).filteredOn((response) -> response.statusCode() == 302).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.statusCode() != 302)
			.hasSize(7)
			.allSatisfy((response) -> {
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(html(response).select(".app-error-message").text())
					.contains("You already track an application with this number.");
			});
	}

	@Test
	void aBrokenPercentEscapeGetsTheSitesPageAndTheNoteStaysOutOfTheLogs() throws Exception {
		Tracking mine = tracking("escape");
		Visitor visitor = mine.visitor();
		String number = mine.number();
		String application = mine.application();
		try (LogCapture logs = LogCapture.start()) {
			HttpResponse<String> response = visitor.postRaw(application + "/status",
					"application/x-www-form-urlencoded",
					"status=OTHER&date=" + LocalDate.now() + "&note=MY-PRIVATE-NOTE+U12345678%ZZ");
			assertThat(response.statusCode()).isEqualTo(400);
			assertTheSitesPage(response, "This request could not be read");
			logs.assertNoneContains("MY-PRIVATE-NOTE", "U12345678");
			assertThat(logs.lines()).hasSizeLessThanOrEqualTo(1);
		}
		assertThat(jdbc.queryForObject("select count(*) from status_entry e join tracked_application a"
				+ " on a.id = e.application_id where a.application_number = ?", Integer.class, number))
			.isZero();
	}

	@Test
	void anImportOverTheSizeLimitGetsTheSitesPageAndStoresNothing() throws Exception {
		String boundary = "----hardening" + System.nanoTime();
		assertRefusedQuietly("huge", 413, "What you sent is too large", (visitor, secret) -> visitor.postRaw(
				"/tracker/import", "multipart/form-data; boundary=" + boundary, multipart(boundary, "file",
						"backup.json", "{\"format\":\"ikamet-guide-tracker\",\"note\":\"" + secret
								+ "x".repeat(9 * 1024 * 1024) + "\"}")));
	}

	@Test
	void aFormFieldOfThreeMegabytesGetsTheSitesPageAndStoresNothing() throws Exception {
		assertRefusedQuietly("bigfield", 413, "What you sent is too large", (visitor, secret) -> {
			Map<String, String> fields = applicationFields(uniqueNumber("big"));
			fields.put("label", secret + "y".repeat(3 * 1024 * 1024));
			return visitor.post("/tracker/applications/new", fields);
		});
	}

	@Test
	void aBrokenMultipartBodyGetsTheSitesPageAndStoresNothing() throws Exception {
		String boundary = "----hardening" + System.nanoTime();
		assertRefusedQuietly("broken", 400, "This request could not be read",
				(visitor, secret) -> visitor.postRaw("/tracker/import", "multipart/form-data; boundary=" + boundary,
						"--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.json\"\r\n"
								+ "Content-Type: application/json\r\n\r\n{\"note\":\"" + secret));
	}

	@Test
	void aMultipartBodyWithoutBoundaryGetsTheSitesPageAndStoresNothing() throws Exception {
		assertRefusedQuietly("noboundary", 400, "This request could not be read",
				(visitor, secret) -> visitor.postRaw("/tracker/import", "multipart/form-data",
						multipart("x", "file", "b.json", "{\"note\":\"" + secret + "\"}")));
	}

	/** A bad request a signed-in user sends: the site's page, at most one log line quoting nothing, nothing stored. */
	private void assertRefusedQuietly(String prefix, int status, String title, BadRequest request) throws Exception {
		SignedIn me = signedIn(prefix);
		String secret = prefix.toUpperCase() + "-SECRET-" + System.nanoTime();
		try (LogCapture logs = LogCapture.start()) {
			HttpResponse<String> response = request.send(me.visitor(), secret);
			assertThat(response.statusCode()).isEqualTo(status);
			assertTheSitesPage(response, title);
			logs.assertNoneContains(secret);
			assertThat(logs.lines()).hasSizeLessThanOrEqualTo(1);
		}
		assertThat(applicationsOf(me.username())).isZero();
	}

	@FunctionalInterface
	interface BadRequest {

		HttpResponse<String> send(Visitor visitor, String secret) throws Exception;

	}

	@Test
	void theBadRequestPagesSpeakTheReadersLanguage() throws Exception {
		Visitor visitor = signedIn("turkish").visitor();
		HttpResponse<String> response = visitor.send(visitor.request("/tracker/applications/new")
			.setHeader("Accept-Language", "tr")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-CSRF-TOKEN", visitor.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("label=%ZZ"))
			.build());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(html(response).select("html").attr("lang")).isEqualTo("tr");
		assertThat(html(response).select("h1").text()).isEqualTo("Bu istek okunamadı");
	}

	@Test
	void anUnusableLanguageCookieIsIgnored() throws Exception {
		Visitor visitor = visitor();
		try (LogCapture logs = LogCapture.start()) {
			for (String path : new String[] { "/", "/faq", "/login", "/steps?lang=" }) {
				HttpResponse<String> response = visitor.send(
						visitor.request(path).header("Cookie", "lang=x..y").setHeader("Accept-Language", "ru").build());
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(html(response).select("html").attr("lang")).as(path).isEqualTo("ru");
			}
			logs.assertAtMostWarnings(0);
		}
	}

	static String multipart(String boundary, String name, String filename, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
	}

	static void assertTheSitesPage(HttpResponse<String> response, String title) {
		Document page = html(response);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("nav.app-nav a")).as("the site's layout").hasSizeGreaterThan(5);
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

}
