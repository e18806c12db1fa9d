package org.ikametguide.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium against the app (see {@link AppTestSupport}): one browser for each thread that runs the class's
 * tests, started on its first test. A class runs its tests in one thread, so in one browser, unless it is marked
 * {@code @Execution(CONCURRENT)} ({@link EveryPageIT}): then up to {@code it.parallelism} browsers share its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport extends AppTestSupport {

	private final List<Browser> started = new CopyOnWriteArrayList<>();

	private final ThreadLocal<Browser> browsers = ThreadLocal.withInitial(this::startBrowser);

	private boolean available;

	/** Whether this class's Chromium runs JavaScript. */
	boolean javascript() {
		return true;
	}

	@BeforeAll
	void lookForTheBrowser() {
		this.available = Chromium.available();
	}

	/** This thread's browser. */
	Browser browser() {
		return this.browsers.get();
	}

	private Browser startBrowser() {
		Browser browser = Browser.start(javascript());
		this.started.add(browser);
		try {
			prepare(browser);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the browser could not be prepared", ex);
		}
		return browser;
	}

	/** What a class does to each of its browsers once, before its tests (load axe…). */
	void prepare(Browser browser) throws Exception {
	}

	/** Without a browser every test is reported as skipped (never as passed), with the reason. */
	@BeforeEach
	void needsTheBrowser() {
		Chromium.assumeAvailable(this.available);
	}

	@AfterAll
	void stopBrowsers() {
		this.started.forEach(Browser::close);
	}

	/** Opens a page in a language, sets it up, and checks that it shows what it must. */
	void visit(Page page, String lang) {
		Browser browser = browser();
		// Every visit is a new visitor: nobody is signed in from an earlier page (the login page would redirect).
		browser.forgetCookies();
		if (page.plain()) {
			browser.open(Pages.url(baseUrl(), page, lang));
		}
		else {
			// The set-up opens the pages it needs, ending on this one with the visitor's own data.
			page.setUp().accept(new Pages.Visit(browser, baseUrl(), lang, this.app));
		}
		assertThat(browser.driver().findElements(By.cssSelector(page.mustShow())))
			.as("%s (%s) must show %s", page.name(), lang, page.mustShow())
			.isNotEmpty();
	}

}
