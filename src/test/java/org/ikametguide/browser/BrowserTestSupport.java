package org.ikametguide.browser;

import java.nio.file.Path;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** One headless Chromium per test class, against the app (see {@link AppTestSupport}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport extends AppTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	Browser browser;

	/** Whether this class's Chromium runs JavaScript. */
	boolean javascript() {
		return true;
	}

	@BeforeAll
	void startBrowser() throws Exception {
		if (Chromium.available()) {
			this.browser = Browser.start(javascript());
			prepare();
		}
	}

	/** What a class does to its browser once, before its tests (emulate a phone, load axe…). */
	void prepare() throws Exception {
	}

	/** Without a browser every test is reported as skipped (never as passed), with the reason. */
	@BeforeEach
	void needsTheBrowser() {
		Chromium.assumeAvailable(this.browser != null);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	/** Opens a page in a language, sets it up, and checks that it shows what it must. */
	void visit(Page page, String lang) {
		// Every visit is a new visitor: nobody is signed in from an earlier page (the login page would redirect).
		this.browser.forgetCookies();
		if (page.plain()) {
			this.browser.open(Pages.url(baseUrl(), page, lang));
		}
		else {
			// The set-up opens the pages it needs, ending on this one with the visitor's own data.
			page.setUp().accept(new Pages.Visit(this.browser, baseUrl(), lang, this.app));
		}
		assertThat(this.browser.driver().findElements(By.cssSelector(page.mustShow())))
			.as("%s (%s) must show %s", page.name(), lang, page.mustShow())
			.isNotEmpty();
	}

}
