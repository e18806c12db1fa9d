package org.ikametguide.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core in a browser: WCAG 2.0–2.2 A and AA plus its best practices. */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
			"best-practice");

	private Axe() {
	}

	/**
	 * Loads axe-core into every new document of the browser as the document starts (Chromium keeps it compiled),
	 * instead of sending it over the WebDriver wire twice per page as AxeBuilder does by default.
	 */
	static void loadIntoEveryPage(Browser browser) throws IOException {
		try (InputStream axe = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			browser.cdp("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", new String(axe.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

	/** Runs axe on the open page; only violations are reported in full (the rest is counted). */
	static Results analyze(Browser browser) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		AxeBuilder axe = new AxeBuilder().withOptions(options).withTags(TAGS).disableIframeTesting().setLegacyMode(true);
		axe.setInjectAxe((driver) -> {
			Object present = ((JavascriptExecutor) driver).executeScript("return typeof window.axe === 'object';");
			assertThat(present).as("axe-core was loaded into the page").isEqualTo(true);
		}, false);
		return axe.analyze(browser.driver());
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
