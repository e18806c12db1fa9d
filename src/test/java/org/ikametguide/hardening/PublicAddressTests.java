package org.ikametguide.hardening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.ikametguide.system.Languages;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Issue 12 §8: with forward headers trusted (as under the postgres profile) a request from the proxy's address that
 * names another host in X-Forwarded-Host (or Host) does not put that host into the page: the print page's "Printed
 * from" line and the language links point at the configured public address, in every language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "ikamet.public-url=https://ikamet.example.org" })
class PublicAddressTests {

	@LocalServerPort
	private int port;

	private final HttpClient client = HttpClient.newHttpClient();

	static List<String> languages() {
		return Languages.SUPPORTED;
	}

	@ParameterizedTest
	@MethodSource("languages")
	void aForwardedHostReachesNoLink(String language) throws Exception {
		for (String path : List.of("/checklist/print", "/steps", "/no-such-page")) {
			HttpResponse<String> response = client.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + path + "?lang=" + language))
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.header("Accept", "text/html")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).as("%s in %s", path, language).doesNotContain("evil.example");
			Document page = html(response);
			assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("href")).as(path)
				.hasSize(Languages.SUPPORTED.size())
				.allSatisfy((href) -> assertThat(href).startsWith("https://ikamet.example.org" + path + "?lang="));
			if (path.equals("/checklist/print")) {
				assertThat(page.select(".app-print-sheet__footer a[href]").first().text())
					.isEqualTo("https://ikamet.example.org/checklist");
			}
			else {
				assertThat(page.select("a[hreflang]").eachAttr("href")).hasSize(Languages.SUPPORTED.size())
					.allSatisfy((href) -> assertThat(href).startsWith("https://ikamet.example.org" + path + "?lang="));
			}
		}
	}

}
