package org.ikametguide.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ikametguide.FailingController;
import org.ikametguide.ServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/** Errors, through the real servlet container: friendly pages, right status codes, no stack traces. */
@ServerTest
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void unknownUrlAnswers404WithAFriendlyPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = html(response);
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("nav.app-nav a")).hasSizeGreaterThan(5);
		assertThat(page.text()).contains("Unofficial guide");
		assertThat(page.select("link[rel=alternate][hreflang=tr]").attr("href")).endsWith("/no-such-page?lang=tr");
	}

	@Test
	void aFailureAnswers500WithAFriendlyPageAndNoStackTrace() throws Exception {
		HttpResponse<String> response = get(FailingController.PATH);
		assertThat(response.statusCode()).isEqualTo(500);
		Document page = html(response);
		assertThat(page.select("h1").text()).isEqualTo("Sorry, something went wrong");
		assertThat(response.body()).doesNotContain("IllegalStateException", FailingController.DETAIL, "at org.",
				"Whitelabel");
	}

	/** The error pages name no message that is missing (Thymeleaf would show it as "??key_xx??"). */
	@ParameterizedTest
	@ValueSource(strings = { "en", "tr", "ar", "fa", "ru", "zh" })
	void errorPagesResolveEveryMessage(String lang) throws Exception {
		for (String path : new String[] { "/no-such-page", FailingController.PATH }) {
			HttpResponse<String> response = get(path + "?lang=" + lang);
			assertThat(response.body()).as(path).contains("<h1").doesNotContain("??");
		}
		HttpResponse<String> refused = client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/register?lang=" + lang))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).as("a form sent without its token").contains("<h1").doesNotContain("??");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
