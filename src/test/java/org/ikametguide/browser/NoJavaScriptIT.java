package org.ikametguide.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.ikametguide.browser.Pages.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * With JavaScript blocked, as some readers have it: every page shows everything the server sent, styled; search
 * works in every language; and every keyboard journey of {@link Journeys} completes.
 */
class NoJavaScriptIT extends BrowserTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Override
	boolean javascript() {
		return false;
	}

	static Stream<Arguments> pages() {
		return Pages.inEveryLanguage().filter((arguments) -> ((Page) arguments.get()[0]).plain());
	}

	static Stream<String> journeys() {
		return Journeys.ALL.keySet().stream();
	}

	/** The print button is revealed by checklist.js: if it shows, JavaScript ran and this class proves nothing. */
	@Override
	void prepare(Browser browser) {
		browser.open(baseUrl() + "/checklist/print");
		assertThat(browser.<Boolean>script("return document.querySelector('[data-app-print]').hidden;"))
			.as("JavaScript is blocked in this browser")
			.isTrue();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void everyPageShowsAllItsContentStyled(Page page, String lang) throws IOException, InterruptedException {
		String url = Pages.url(baseUrl(), page, lang);
		Document sent = html(this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString()));
		sent.select("[hidden], script, template").remove();
		visit(page, lang);
		String shown = browser().script("return document.body.innerText;");
		assertThat(squeeze(shown)).as("what %s (%s) shows without JavaScript", page.name(), lang)
			.isEqualTo(squeeze(sent.body().text()));
		List<Number> styled = browser().script(
				"return [document.styleSheets.length, document.styleSheets[0] ? document.styleSheets[0].cssRules.length : 0];");
		assertThat(styled.get(0).intValue()).as("style sheets applied").isEqualTo(1);
		assertThat(styled.get(1).intValue()).as("rules in the style sheet").isGreaterThan(50);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void searchWorksInEveryLanguage(String lang) {
		browser().open(baseUrl() + "/search?lang=" + lang);
		Keyboard keyboard = new Keyboard(browser());
		keyboard.tabTo("main #search-q");
		keyboard.type("157");
		keyboard.enterAndLoad();
		assertThat(browser().driver().getCurrentUrl()).contains("q=157");
		assertThat(browser().<List<String>>script(
				"return [...document.querySelectorAll('main .app-results__item mark')].map((m) => m.textContent);"))
			.as("highlighted matches (%s)", lang)
			.isNotEmpty()
			.allSatisfy((match) -> assertThat(match).isEqualTo("157"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("journeys")
	void journeysWorkWithoutJavaScript(String journey) {
		Journeys.ALL.get(journey).walk(new Keyboard(browser()), baseUrl(), false);
	}

	/** innerText and the parsed HTML lay out white space differently; the words and their order must match. */
	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

}
