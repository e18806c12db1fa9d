package org.ikametguide.browser;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ikametguide.system.Languages;
import org.junit.jupiter.params.provider.Arguments;

import org.springframework.context.ApplicationContext;

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

	/**
	 * What a set-up step can use: the browser, the address of the app, the language of this run and the running
	 * application (to make an account or tracker data with its own beans).
	 */
	record Visit(Browser browser, String baseUrl, String lang, ApplicationContext app) {
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
			page("waiting", "/waiting", "main #card .app-note__source a[href^='https://yimer.gov.tr']"),
			page("search", "/search", "main #search-q"),
			page("search-hits", "/search?q=157", "main .app-results__item"),
			page("search-no-hits", "/search?q=zzqxv", "main #search-results-heading"),
			page("not-found", "/no-such-page", "main h1"),
			page("login", "/login", "main form #username"),
			page("login-failed", "/login?error", "main .app-error-summary a[href='#username']"),
			page("register", "/register", "main form #passwordConfirmation"),
			page("register-errors", "/register", "main .app-error-summary a[href='#password']", Visitors::registerWithErrors),
			page("account", "/account", "main form #currentPassword", Visitors::account),
			page("account-errors", "/account", "main .app-error-summary a[href='#currentPassword']", Visitors::accountWithErrors),
			page("forbidden", "/account", "main .app-link-list a[href^='/login']", Visitors::forbidden),
			page("tracker-empty", "/tracker", "main .app-empty", Visitors::trackerEmpty),
			page("tracker-full", "/tracker", "main .app-tracker-table tbody tr:nth-child(4)", Visitors::trackerFull),
			page("tracker-feed-made", "/tracker", "main #calendar-feed #feed-address", Visitors::trackerFeedMade),
			// The paths below stand for their patterns (PageCoverageIT); the set-up opens the visitor's own ids.
			page("application", "/tracker/applications/1", "main .app-timeline__note", Visitors::application),
			page("application-timeline-pages", "/tracker/applications/1", "main .app-pagination a[rel=next]",
					Visitors::applicationWithTimelinePages),
			page("application-feed-made", "/tracker/applications/1", "main #calendar-feed #feed-address",
					Visitors::applicationFeedMade),
			page("application-feed-exists", "/tracker/applications/1",
					"main #calendar-feed form[action$='/feed/delete']", Visitors::applicationFeedExists),
			page("status-form-errors", "/tracker/applications/1", "main #record .app-error-summary a[href='#date']",
					Visitors::statusFormWithErrors),
			page("application-print", "/tracker/applications/1/print", "main .app-record__timeline tbody tr",
					Visitors::applicationPrint),
			page("application-ptt", "/tracker/applications/1", "main #ptt form #barcode", Visitors::applicationWithCardAtPtt),
			page("ptt-barcode-errors", "/tracker/applications/1", "main #ptt .app-error-summary a[href='#barcode']",
					Visitors::pttBarcodeWithErrors),
			page("tracker-print", "/tracker/print", "main .app-record__overview tbody tr:nth-child(4)",
					Visitors::trackerPrint),
			page("application-new", "/tracker/applications/new", "main form #applicationNumber", Visitors::newApplication),
			page("application-new-errors", "/tracker/applications/new", "main .app-error-summary a[href='#label']",
					Visitors::newApplicationWithErrors),
			page("application-edit", "/tracker/applications/1/edit", "main form #validUntil", Visitors::editApplication),
			page("application-delete", "/tracker/applications/1/delete", "main form .app-button--warning",
					Visitors::deleteApplication),
			page("entry-edit", "/tracker/applications/1/entries/1/edit", "main form #note", Visitors::editEntry),
			page("entry-edit-errors", "/tracker/applications/1/entries/1/edit", "main .app-error-summary a[href='#date']",
					Visitors::editEntryWithErrors),
			page("entry-delete", "/tracker/applications/1/entries/1/delete", "main form .app-button--warning",
					Visitors::deleteEntry),
			page("import", "/tracker/import", "main form input#file", Visitors::importForm),
			page("import-errors", "/tracker/import", "main .app-error-summary a[href='#file']", Visitors::importWithErrors)
	);

	/**
	 * Addresses the application serves that are not pages a person reads, each with the reason. A GET mapping
	 * missing from both lists fails {@code PageCoverageIT}.
	 */
	static final List<String> NOT_PAGES = List.of(
			"/error", // Spring's error dispatch; its pages are checked as "not-found" and "forbidden".
			"/tracker/export.csv", // a download (spreadsheet), not a page
			"/tracker/export.json", // a download (backup), not a page
			"/tracker/applications/{applicationId:\\d+}/calendar.ics", // a download (calendar), not a page
			"/feed/{token:[A-Za-z0-9_-]+}.ics", // a calendar subscription, fetched by calendar programs
			"/feed/**" // any other address below /feed/: not found
	);

	private Pages() {
	}

	static Page page(String name, String path, String mustShow) {
		return new Page(name, path, mustShow, null);
	}

	static Page page(String name, String path, String mustShow, Consumer<Visit> setUp) {
		return new Page(name, path, mustShow, setUp);
	}

	static String url(String baseUrl, Page page, String lang) {
		return baseUrl + page.path() + (page.path().contains("?") ? "&" : "?") + "lang=" + lang;
	}

	static Stream<Arguments> inEveryLanguage() {
		return ALL.stream().flatMap((page) -> Languages.SUPPORTED.stream().map((lang) -> Arguments.of(page, lang)));
	}

}
