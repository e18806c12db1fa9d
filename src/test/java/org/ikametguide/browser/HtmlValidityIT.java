package org.ikametguide.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in every language is valid HTML: the Nu Html Checker, offline, reports no error. It checks the bytes the
 * server sends (no browser needed, so this runs even where Chromium is missing). Pages that need a set-up in a browser
 * (a login, a form sent with errors) are checked by {@link EveryPageIT} from the browser's DOM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT extends AppTestSupport {

	private final HtmlChecker checker = HtmlChecker.SHARED;

	private final HttpClient http = HttpClient.newHttpClient();

	static Stream<Arguments> pages() {
		return Pages.inEveryLanguage().filter((arguments) -> ((Page) arguments.get()[0]).plain());
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void theNuHtmlCheckerFindsNoError(Page page, String lang) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(Pages.url(baseUrl(), page, lang)))
					.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
		assertThat(this.checker.errors(response.body())).as("Nu Html Checker errors on %s (%s)", page.name(), lang)
			.isEmpty();
	}

	@Test
	void theCheckerCatchesInvalidHtml() {
		String invalid = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title></head>"
				+ "<body><p id=a>one</p><p id=a>two</p><h2 role=status>x</h2></body></html>";
		assertThat(this.checker.errors(invalid)).anySatisfy((error) -> assertThat(error).contains("Duplicate ID"))
			.anySatisfy((error) -> assertThat(error).contains("role"));
		assertThat(this.checker.errors("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title>"
				+ "</head><body><p>fine</p></body></html>")).isEmpty();
	}

}
