package org.ikametguide.browser;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ikametguide.system.Languages;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every page, and every state of a page, that the real-browser quality gate checks (accessibility, valid HTML,
 * phones, printing, no JavaScript, screenshots) in every language the site speaks. A new page is one line in
 * {@link #ALL}; {@code PageCoverageIT} fails when the application serves a page that is neither here nor in
 * {@link #NOT_PAGES}, so nothing is left out silently.
 */
final class Pages {

	/**
	 * A page to check.
	 * @param name names it in reports and screenshot files
	 * @param path its address (with a query where the state needs one)
	 * @param mustShow a CSS selector the page must match, so a page that silently changed state (a search that
	 * stopped finding anything, say) fails instead of passing for the wrong reason
	 * @param setUp what a visitor does before the page is in this state (log in, submit a form with errors…); pages
	 * with a set-up are validated from the browser's DOM, the others from the bytes the server sends
	 */
	record Page(String name, String path, String mustShow, Consumer<Visit> setUp) {

		boolean plain() {
			return this.setUp == null;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** What a set-up step can use: the browser, the address of the app and the language of this run. */
	record Visit(Browser browser, String baseUrl, String lang) {
	}

	static final List<Page> ALL = List.of(
			page("overview", "/", "main .app-key-points"),
			page("steps", "/steps", "main .app-step-nav"),
			page("methods", "/methods", "main table.app-table"),
			page("mistakes", "/mistakes", "main .app-mistake"),
			page("checklist", "/checklist", "main input[type=checkbox]"),
			page("checklist-print", "/checklist/print", "main .app-print-sheet__item"),
			page("verification", "/verification", "main .app-points"),
			page("faq", "/faq", "main .app-faq"),
			page("search", "/search", "main #search-q"),
			page("search-hits", "/search?q=157", "main .app-results__item"),
			page("search-no-hits", "/search?q=zzqxv", "main #search-results-heading"),
			page("not-found", "/no-such-page", "main h1")
			// The tracker and the accounts land next (issue 4): add login, register (and register with its errors
			// shown), account, tracker list (empty and full), an application with a timeline, and the
			// new-application and status forms with errors, one line each.
	);

	/**
	 * Addresses the application serves that are not pages a person reads, each with the reason. A GET mapping
	 * missing from both lists fails {@code PageCoverageIT}.
	 */
	static final List<String> NOT_PAGES = List.of(
			"/error" // Spring's error dispatch; its pages are checked as "not-found".
	);

	private Pages() {
	}

	static Page page(String name, String path, String mustShow) {
		return new Page(name, path, mustShow, null);
	}

	static String url(String baseUrl, Page page, String lang) {
		return baseUrl + page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + lang;
	}

	static Stream<Arguments> inEveryLanguage() {
		return ALL.stream().flatMap((page) -> Languages.SUPPORTED.stream().map((lang) -> Arguments.of(page, lang)));
	}

}
