package org.ikametguide.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages stay light for cheap phones on slow networks: a first visit (nothing cached) costs at most 3 requests and
 * 30 KB over the wire, compressed, style sheet and script included. Numbers are written to
 * target/page-weights.tsv.
 */
class PageWeightIT extends BrowserTestSupport {

	static final int MAX_REQUESTS = 3;

	static final int MAX_BYTES = 30 * 1024;

	private static final String WEIGHT = """
			const page = performance.getEntriesByType('navigation')[0];
			const resources = performance.getEntriesByType('resource');
			return {
			  requests: 1 + resources.length,
			  bytes: page.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
			  html: page.transferSize,
			  urls: resources.map((r) => r.name)
			};
			""";

	static Stream<Arguments> pages() {
		return Pages.inEveryLanguage();
	}

	@BeforeAll
	void firstVisitsOnly() throws IOException {
		this.browser.disableCache();
		Files.createDirectories(SCREENSHOTS.getParent());
		Files.writeString(SCREENSHOTS.resolveSibling("page-weights.tsv"), "page\tlang\trequests\tbytes\thtml_bytes\n");
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void aFirstVisitIsLight(Page page, String lang) throws IOException {
		visit(page, lang);
		Map<String, Object> weight = this.browser.script(WEIGHT);
		int requests = ((Number) weight.get("requests")).intValue();
		int bytes = ((Number) weight.get("bytes")).intValue();
		Files.writeString(SCREENSHOTS.resolveSibling("page-weights.tsv"), String.join("\t", page.name(), lang,
				String.valueOf(requests), String.valueOf(bytes), String.valueOf(weight.get("html"))) + "\n",
				StandardOpenOption.APPEND);
		assertThat(((Number) weight.get("html")).intValue()).as("the page itself was fetched and measured").isPositive();
		assertThat(requests).as("requests for %s (%s): %s", page.name(), lang, weight.get("urls"))
			.isLessThanOrEqualTo(MAX_REQUESTS);
		assertThat(bytes).as("bytes transferred for %s (%s)", page.name(), lang).isLessThanOrEqualTo(MAX_BYTES);
		assertThat((List<?>) weight.get("urls")).as("nothing from another site")
			.allSatisfy((url) -> assertThat((String) url).startsWith(baseUrl()));
	}

}
