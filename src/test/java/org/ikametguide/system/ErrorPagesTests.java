package org.ikametguide.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors, through the real servlet container: friendly pages, right status codes, no stack traces. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.FailingController.class)
class ErrorPagesTests {

	@LocalServerPort
	private int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void unknownUrlAnswers404WithAFriendlyPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("nav.app-nav a")).hasSizeGreaterThan(5);
		assertThat(page.text()).contains("Unofficial guide");
		assertThat(page.select("link[rel=alternate][hreflang=tr]").attr("href")).endsWith("/no-such-page?lang=tr");
	}

	@Test
	void aFailureAnswers500WithAFriendlyPageAndNoStackTrace() throws Exception {
		HttpResponse<String> response = get("/test-failure");
		assertThat(response.statusCode()).isEqualTo(500);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Sorry, something went wrong");
		assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "at org.", "Whitelabel");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class FailingController {

		@GetMapping("/test-failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
