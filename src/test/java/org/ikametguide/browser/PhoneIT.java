package org.ikametguide.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a small, cheap phone (360×740 CSS px, mobile viewport handling, nothing cached) in every language, right-to-left
 * ones included: no page scrolls sideways, every visible control is at least 24×24 CSS px, no visible text is smaller
 * than 16 px nor squeezed into less than half the screen's width, and a first visit costs at most 3 requests and
 * 30 KB over the wire (compressed, style sheet and script included). The weights are written to
 * target/page-weights.tsv, the screenshots to target/screenshots/.
 */
class PhoneIT extends BrowserTestSupport {

	static final int WIDTH = 360;

	static final int HEIGHT = 740;

	static final double MIN_TARGET = 24;

	static final double MIN_TEXT = 16;

	static final int MAX_REQUESTS = 3;

	static final int MAX_BYTES = 30 * 1024;

	static final Path WEIGHTS = Path.of("target", "page-weights.tsv");

	/** Finds what a phone user would suffer from; returns one line per problem, none when all is well. */
	private static final String PROBLEMS = """
			const [minTarget, minText] = arguments;
			const problems = [];
			const root = document.documentElement;
			const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
			    + (el.classList.length ? '.' + [...el.classList].join('.') : '')
			    + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40) + '"';
			const shown = (el) => {
			  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
			  const box = el.getBoundingClientRect();
			  return box.width > 1 && box.height > 1; // a visually hidden element (for screen readers) is 1×1
			};
			if (root.scrollWidth > root.clientWidth) {
			  const wide = [...document.body.querySelectorAll('*')].filter((el) => {
			    const box = el.getBoundingClientRect();
			    return shown(el) && (box.right > root.clientWidth + 0.5 || box.left < -0.5) && box.bottom > 0;
			  }).slice(0, 5).map(describe);
			  problems.push('scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth + ' px, widest: ' + wide);
			}
			const controls = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, label')]
			    .filter((el) => el.tagName !== 'LABEL' || (el.control && ['checkbox', 'radio'].includes(el.control.type)));
			for (const el of controls.filter(shown)) {
			  const box = el.getBoundingClientRect();
			  if (box.width < minTarget || box.height < minTarget) {
			    problems.push('tap target ' + box.width.toFixed(1) + '×' + box.height.toFixed(1) + ' px: ' + describe(el));
			  }
			}
			for (const el of document.body.querySelectorAll('*')) {
			  const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
			  if (text === '' || !shown(el)) continue;
			  const style = getComputedStyle(el);
			  const size = parseFloat(style.fontSize);
			  if (size < minText) problems.push('text ' + size + ' px: ' + describe(el));
			  // A sentence squeezed into a sliver of the screen, a word a line (a table caption once did this).
			  const width = el.getBoundingClientRect().width;
			  if (!style.display.startsWith('inline') && text.length >= 30 && width < root.clientWidth / 2) {
			    problems.push('text squeezed into ' + width.toFixed(0) + ' px: ' + describe(el));
			  }
			}
			return problems;
			""";

	/** What this visit cost, from the browser's own resource timing. */
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

	@Override
	void prepare() throws IOException {
		this.browser.phone(WIDTH, HEIGHT);
		this.browser.disableCache();
		Files.createDirectories(WEIGHTS.getParent());
		Files.writeString(WEIGHTS, "page\tlang\trequests\tbytes_transferred\thtml_bytes_transferred\n");
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void readableUsableAndLightOnASmallPhone(Page page, String lang) throws IOException {
		visit(page, lang);
		assertThat(this.browser.<Number>script("return window.innerWidth;").intValue()).as("viewport").isEqualTo(WIDTH);
		List<String> problems = this.browser.script(PROBLEMS, MIN_TARGET, MIN_TEXT);
		assertThat(problems).as("%s (%s) at %d×%d", page.name(), lang, WIDTH, HEIGHT).isEmpty();
		assertLight(page, lang);
		if (lang.equals("en") || lang.equals("ar")) {
			this.browser.screenshot(SCREENSHOTS.resolve(page.name() + "-" + lang + "-phone.png"));
		}
	}

	private void assertLight(Page page, String lang) throws IOException {
		Map<String, Object> weight = this.browser.script(WEIGHT);
		int requests = ((Number) weight.get("requests")).intValue();
		int bytes = ((Number) weight.get("bytes")).intValue();
		int html = ((Number) weight.get("html")).intValue();
		Files.writeString(WEIGHTS, String.join("\t", page.name(), lang, String.valueOf(requests), String.valueOf(bytes),
				String.valueOf(html)) + "\n", StandardOpenOption.APPEND);
		assertThat(html).as("the page itself came over the network and was measured").isPositive();
		assertThat(requests).as("requests for %s (%s): %s", page.name(), lang, weight.get("urls"))
			.isLessThanOrEqualTo(MAX_REQUESTS);
		assertThat(bytes).as("bytes transferred for %s (%s)", page.name(), lang).isLessThanOrEqualTo(MAX_BYTES);
		assertThat((List<?>) weight.get("urls")).as("nothing from another site")
			.allSatisfy((url) -> assertThat((String) url).startsWith(baseUrl()));
	}

}
