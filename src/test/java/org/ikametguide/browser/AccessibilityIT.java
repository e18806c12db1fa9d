package org.ikametguide.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no violation of WCAG 2.0, 2.1 and 2.2 (A and AA) nor of its best practices, on every page in every
 * language, at desktop size. A screenshot of each page (English) is kept for people under target/screenshots/.
 */
class AccessibilityIT extends BrowserTestSupport {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
			"best-practice");

	/**
	 * axe-core is loaded into every new document of this class's browser as the document starts (Chromium keeps it
	 * compiled), instead of being sent over the WebDriver wire twice per page as AxeBuilder does by default.
	 */
	@Override
	void prepare() throws IOException {
		try (InputStream axe = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			this.browser.cdp("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", new String(axe.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

	/** WCAG 2.0–2.2 A and AA plus best practices; only violations are reported in full (the rest is counted). */
	private static AxeBuilder axe() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		AxeBuilder axe = new AxeBuilder().withOptions(options).withTags(TAGS).disableIframeTesting().setLegacyMode(true);
		axe.setInjectAxe((driver) -> {
			Object present = ((JavascriptExecutor) driver).executeScript("return typeof window.axe === 'object';");
			assertThat(present).as("axe-core was loaded into the page").isEqualTo(true);
		}, false);
		return axe;
	}

	static Stream<Arguments> pages() {
		return Pages.inEveryLanguage();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void axeFindsNoViolation(Page page, String lang) {
		visit(page, lang);
		Results results = axe().analyze(this.browser.driver());
		assertThat(results.getErrorMessage()).as("axe ran").isNull();
		assertThat(results.getPasses()).as("axe checked rules").isNotEmpty();
		assertThat(results.getViolations()).as("axe violations on %s (%s):%n%s", page.name(), lang,
				describe(results.getViolations()))
			.isEmpty();
		if (!page.plain()) {
			// The server's bytes for this state cannot be fetched again without the browser: check its DOM, with its
			// doctype (WebDriver's page source leaves the doctype out).
			String source = this.browser.script("return (document.doctype ? new XMLSerializer().serializeToString("
					+ "document.doctype) : '') + document.documentElement.outerHTML;");
			assertThat(HtmlChecker.SHARED.errors(source))
				.as("Nu Html Checker errors on %s (%s)", page.name(), lang)
				.isEmpty();
		}
		if (lang.equals("en")) {
			this.browser.screenshot(SCREENSHOTS.resolve(page.name() + "-" + lang + "-desktop.png"));
		}
	}

	static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes()
						.stream()
						.map((node) -> "    " + node.getTarget() + " " + node.getFailureSummary())
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
