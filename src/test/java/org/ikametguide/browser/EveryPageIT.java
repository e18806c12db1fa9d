package org.ikametguide.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import org.assertj.core.api.SoftAssertions;
import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of {@link Pages}, in every state and every language, visited once by a new visitor on a small phone and
 * then looked at on a desktop screen:
 * <ul>
 * <li>on the phone ({@link Phone}: 360×740 CSS px, nothing cached), no page scrolls sideways, every visible control
 * is at least 24×24 CSS px, no visible text is smaller than 16 px nor squeezed into less than half the screen's width,
 * and the first visit costs at most 3 requests and 30 KB over the wire (compressed, style sheet and script included);
 * <li>on the desktop (1280×900), axe-core finds no violation of WCAG 2.0, 2.1 and 2.2 (A and AA) nor of its best
 * practices, and a page reached by steps is valid HTML (the Nu Html Checker on the browser's DOM; {@link
 * HtmlValidityIT} checks the server's bytes of the other pages);
 * <li>in English and Arabic (the layout left to right and mirrored), every Tab stop shows a visible focus indicator.
 * </ul>
 * One visit serves the three looks: a page behind a login costs a new account and its data, most of a visit's time.
 * Every problem of a visit is reported together. The weights go to target/page-weights.tsv; with
 * {@code -Dit.screenshots=true}, screenshots (desktop in English, phone in English and Arabic) to
 * target/screenshots/. The visits are independent (a new visitor each): with {@code -Dit.parallelism=N} up to N of
 * them run at once, each in its own browser.
 */
@Execution(ExecutionMode.CONCURRENT)
class EveryPageIT extends BrowserTestSupport {

	static final Path WEIGHTS = Path.of("target", "page-weights.tsv");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Stream<Arguments> pages() {
		return Pages.inEveryLanguage();
	}

	@BeforeAll
	void startTheWeights() throws IOException {
		Files.createDirectories(WEIGHTS.getParent());
		Files.writeString(WEIGHTS, "page\tlang\trequests\tbytes_transferred\thtml_bytes_transferred\n");
	}

	@Override
	void prepare(Browser browser) throws IOException {
		Axe.loadIntoEveryPage(browser);
		browser.disableCache();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void accessibleReadableOnAPhoneAndUsableByKeyboard(Page page, String lang) throws IOException {
		Browser browser = browser();
		Phone.emulate(browser);
		visit(page, lang);
		SoftAssertions softly = new SoftAssertions();
		onThePhone(browser, page, lang, softly);
		browser.desktop();
		onTheDesktop(browser, page, lang, softly);
		if (lang.equals("en") || lang.equals("ar")) {
			softly.assertThat(new Keyboard(browser).unseenFocus())
				.as("focus not visible on %s (%s)", page.name(), lang)
				.isEmpty();
		}
		softly.assertAll();
	}

	private void onThePhone(Browser browser, Page page, String lang, SoftAssertions softly) throws IOException {
		softly.assertThat(browser.<Number>script("return window.innerWidth;").intValue())
			.as("phone viewport")
			.isEqualTo(Phone.WIDTH);
		softly.assertThat(Phone.problems(browser))
			.as("%s (%s) at %d×%d", page.name(), lang, Phone.WIDTH, Phone.HEIGHT)
			.isEmpty();
		Phone.Weight weight = Phone.weight(browser);
		Files.writeString(WEIGHTS, String.join("\t", page.name(), lang, String.valueOf(weight.requests()),
				String.valueOf(weight.bytes()), String.valueOf(weight.html())) + "\n", StandardOpenOption.APPEND);
		softly.assertThat(weight.html()).as("the page itself came over the network and was measured").isPositive();
		softly.assertThat(weight.requests())
			.as("requests for %s (%s): %s", page.name(), lang, weight.urls())
			.isLessThanOrEqualTo(Phone.MAX_REQUESTS);
		softly.assertThat(weight.bytes())
			.as("bytes transferred for %s (%s)", page.name(), lang)
			.isLessThanOrEqualTo(Phone.MAX_BYTES);
		softly.assertThat(weight.urls())
			.as("nothing from another site")
			.allSatisfy((url) -> softly.assertThat(url).startsWith(baseUrl()));
		if (lang.equals("en") || lang.equals("ar")) {
			screenshot(browser, page, lang, "phone");
		}
	}

	private void onTheDesktop(Browser browser, Page page, String lang, SoftAssertions softly) {
		softly.assertThat(browser.<Number>script("return window.innerWidth;").intValue())
			.as("desktop viewport")
			.isEqualTo(Browser.DESKTOP_WIDTH);
		Results results = Axe.analyze(browser);
		softly.assertThat(results.getErrorMessage()).as("axe ran").isNull();
		softly.assertThat(results.getPasses()).as("axe checked rules").isNotEmpty();
		softly.assertThat(results.getViolations())
			.as("axe violations on %s (%s):%n%s", page.name(), lang, Axe.describe(results.getViolations()))
			.isEmpty();
		if (!page.plain()) {
			// The server's bytes for this state cannot be fetched again without the browser: check its DOM, with its
			// doctype (WebDriver's page source leaves the doctype out).
			String source = browser.script("return (document.doctype ? new XMLSerializer().serializeToString("
					+ "document.doctype) : '') + document.documentElement.outerHTML;");
			softly.assertThat(HtmlChecker.SHARED.errors(source))
				.as("Nu Html Checker errors on %s (%s)", page.name(), lang)
				.isEmpty();
		}
		if (lang.equals("en")) {
			screenshot(browser, page, lang, "desktop");
		}
	}

	/**
	 * A PNG of the whole page for people to look at, with {@code -Dit.screenshots=true} only: capturing a long page
	 * costs about half a second of the two cores, 75 s for the whole gate, and nothing is checked on it.
	 */
	private static void screenshot(Browser browser, Page page, String lang, String screen) {
		if (Boolean.getBoolean("it.screenshots")) {
			browser.screenshot(SCREENSHOTS.resolve(page.name() + "-" + lang + "-" + screen + ".png"));
		}
	}

}
