package org.ikametguide.browser;

import java.util.List;
import java.util.stream.Stream;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a small phone (360×740 CSS px, mobile viewport handling) in every language, right-to-left ones included: no page
 * scrolls sideways, every visible control is at least 24×24 CSS px, and no visible text is smaller than 16 px.
 */
class PhoneIT extends BrowserTestSupport {

	static final int WIDTH = 360;

	static final int HEIGHT = 740;

	static final double MIN_TARGET = 24;

	static final double MIN_TEXT = 16;

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
			  const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
			  if (!hasText || !shown(el)) continue;
			  const size = parseFloat(getComputedStyle(el).fontSize);
			  if (size < minText) problems.push('text ' + size + ' px: ' + describe(el));
			}
			return problems;
			""";

	static Stream<Arguments> pages() {
		return Pages.inEveryLanguage();
	}

	@BeforeAll
	void becomeAPhone() {
		this.browser.phone(WIDTH, HEIGHT);
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pages")
	void readableAndUsableOnASmallPhone(Page page, String lang) {
		visit(page, lang);
		assertThat(this.browser.<Number>script("return window.innerWidth;").intValue()).as("viewport").isEqualTo(WIDTH);
		List<String> problems = this.browser.script(PROBLEMS, MIN_TARGET, MIN_TEXT);
		assertThat(problems).as("%s (%s) at %d×%d", page.name(), lang, WIDTH, HEIGHT).isEmpty();
		if (lang.equals("en") || lang.equals("ar")) {
			this.browser.screenshot(SCREENSHOTS.resolve(page.name() + "-" + lang + "-phone.png"));
		}
	}

}
