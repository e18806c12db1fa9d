package org.ikametguide.browser;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people do on the site, with the keyboard alone. {@code KeyboardIT} walks every journey with JavaScript on,
 * {@code NoJavaScriptIT} walks them again with JavaScript blocked; {@code PageCoverageIT} fails when a part of the site
 * (the tracker) is served without its journey here.
 */
final class Journeys {

	/** One journey, from the app's address on; it asserts as it goes. */
	interface Journey {

		void walk(Keyboard keyboard, String baseUrl, boolean javascript);

	}

	static final Map<String, Journey> ALL = new LinkedHashMap<>();

	static {
		ALL.put("guide", Journeys::guide);
		// "tracker" goes here when the tracker lands (issue 4): register → add an application → add a status → see it
		// on the timeline, by Tab/Enter/Space only. PageCoverageIT demands it as soon as /tracker is served.
	}

	private Journeys() {
	}

	/**
	 * Search from the header, open a result, go to the checklist through the navigation and tick an item with Space.
	 */
	static void guide(Keyboard keyboard, String baseUrl, boolean javascript) {
		Browser browser = keyboard.browser();
		browser.open(baseUrl + "/?lang=en");
		keyboard.tabTo("#site-search");
		keyboard.type("157");
		keyboard.enterAndLoad();
		assertThat(browser.driver().getCurrentUrl()).contains("/search?q=157");
		keyboard.tabTo("main .app-results__link");
		String result = browser.script("return document.activeElement.getAttribute('href');");
		keyboard.enterAndLoad();
		assertThat(browser.driver().getCurrentUrl()).as("following the first result").endsWith(result);
		assertThat(browser.eventually("return document.querySelector(':target') !== null;"))
			.as("the passage %s is on the page", result)
			.isTrue();
		keyboard.shiftTabTo("nav .app-nav__link[href='/checklist']");
		keyboard.enterAndLoad();
		assertThat(browser.driver().getCurrentUrl()).contains("/checklist");
		keyboard.tabTo("main input[type=checkbox]");
		String box = browser.script("return document.activeElement.id;");
		keyboard.space();
		assertThat(browser.eventually("return document.getElementById(arguments[0]).checked;", box))
			.as("Space ticks %s", box)
			.isTrue();
		if (javascript) {
			assertThat(browser.eventually("return document.querySelector('[data-app-checklist-status]').checkVisibility();"))
				.as("the tick is saved in this browser, and it says so")
				.isTrue();
			browser.driver().navigate().refresh();
			assertThat(browser.eventually("return document.getElementById(arguments[0]).checked;", box))
				.as("the tick survives a reload")
				.isTrue();
		}
	}

}
