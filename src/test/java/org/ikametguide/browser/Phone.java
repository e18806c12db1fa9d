package org.ikametguide.browser;

import java.util.List;
import java.util.Map;

/**
 * A small, cheap phone: 360×740 CSS px, mobile viewport handling, touch input. What a person would suffer from on it,
 * and what a first visit costs over the wire (from the browser's own resource timing).
 */
final class Phone {

	static final int WIDTH = 360;

	static final int HEIGHT = 740;

	/** Tap targets at least this many CSS px wide and high (WCAG 2.2's 2.5.8). */
	static final double MIN_TARGET = 24;

	/** No visible text smaller than this, in CSS px. */
	static final double MIN_TEXT = 16;

	static final int MAX_REQUESTS = 3;

	static final int MAX_BYTES = 30 * 1024;

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

	/** What one page load cost: requests, bytes over the wire (the page's own among them), and the other addresses. */
	record Weight(int requests, int bytes, int html, List<String> urls) {
	}

	private Phone() {
	}

	/** Makes the browser this phone (until {@link Browser#desktop()}). */
	static void emulate(Browser browser) {
		browser.phone(WIDTH, HEIGHT);
	}

	/** What a phone user would suffer from on the open page: one line per problem, none when all is well. */
	static List<String> problems(Browser browser) {
		return browser.script(PROBLEMS, MIN_TARGET, MIN_TEXT);
	}

	/** What loading the open page cost. */
	@SuppressWarnings("unchecked")
	static Weight weight(Browser browser) {
		Map<String, Object> weight = browser.script(WEIGHT);
		return new Weight(((Number) weight.get("requests")).intValue(), ((Number) weight.get("bytes")).intValue(),
				((Number) weight.get("html")).intValue(), (List<String>) weight.get("urls"));
	}

}
