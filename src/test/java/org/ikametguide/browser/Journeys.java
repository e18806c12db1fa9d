package org.ikametguide.browser;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ikametguide.tracker.ApplicationKind;
import org.ikametguide.tracker.PermitType;
import org.openqa.selenium.By;

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
		ALL.put("tracker", Journeys::tracker);
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

	/**
	 * Register from the header's sign-in link, add an application, record a status on it and find that status on the
	 * timeline: Tab, Shift+Tab, Enter, Space, the arrow keys on a select, and typing into the focused field; every
	 * Tab stop on the way shows its focus.
	 */
	static void tracker(Keyboard keyboard, String baseUrl, boolean javascript) {
		Browser browser = keyboard.browser();
		browser.forgetCookies();
		browser.open(baseUrl + "/?lang=en");
		keyboard.tabToShowingFocus("header a[href='/login']");
		keyboard.enterAndLoad();
		keyboard.tabToShowingFocus("main a[href='/register']");
		keyboard.enterAndLoad();
		assertThat(browser.driver().getCurrentUrl()).contains("/register");

		String username = "keyboard-" + UUID.randomUUID().toString().substring(0, 8);
		keyboard.tabToShowingFocus("main #username");
		keyboard.type(username);
		keyboard.tabToShowingFocus("main #password");
		keyboard.type(Visitors.PASSWORD);
		keyboard.tabToShowingFocus("main #passwordConfirmation");
		keyboard.type(Visitors.PASSWORD);
		keyboard.enterAndLoad();
		assertThat(browser.driver().getCurrentUrl()).as("registered and signed in").endsWith("/tracker");

		keyboard.tabToShowingFocus("main a[href='/tracker/applications/new']");
		keyboard.enterAndLoad();
		String number = Visitors.uniqueNumber();
		keyboard.tabToShowingFocus("main #applicationNumber");
		keyboard.type(number);
		keyboard.tabToShowingFocus("main #label");
		keyboard.type("Family permit");
		keyboard.tabToShowingFocus("main #permitType");
		keyboard.arrowDown();
		keyboard.tabToShowingFocus("main #kind");
		keyboard.arrowDown();
		keyboard.tabToShowingFocus("main #submittedOn");
		// Day and month alike, so the digits mean the same date whether the browser shows mm/dd or dd/mm.
		LocalDate submitted = LocalDate.of(Visitors.today().getYear() - 1, 5, 5);
		keyboard.type("0505" + submitted.getYear());
		assertThat(browser.<List<String>>script("return ['permitType', 'kind', 'submittedOn']"
				+ ".map((id) => document.getElementById(id).value);"))
			.as("chosen with the arrow keys and typed")
			.containsExactly(PermitType.values()[0].name(), ApplicationKind.values()[0].name(), submitted.toString());
		keyboard.tabToShowingFocus("main form button[type=submit]");
		keyboard.spaceAndLoad();
		assertThat(browser.driver().getCurrentUrl()).as("the new application's page")
			.matches(".*/tracker/applications/\\d+$");
		assertThat(browser.driver().findElement(By.cssSelector("main .app-summary-list__number")).getText())
			.isEqualTo(number);

		keyboard.tabToShowingFocus("main #record #status");
		keyboard.arrowDown();
		keyboard.arrowDown();
		String status = browser.script("const s = document.getElementById('status'); return s.options[s.selectedIndex].text;");
		keyboard.tabToShowingFocus("main #record #note");
		keyboard.type("Seen on the portal this morning.");
		keyboard.tabToShowingFocus("main #record button[type=submit]");
		keyboard.enterAndLoad();
		assertThat(browser.driver().getCurrentUrl()).as("back on the application, at the new entry").contains("#entry-");
		String entry = browser.driver().getCurrentUrl().replaceFirst(".*#", "");
		assertThat(browser.<String>script("return document.querySelector('.app-flash[role=status]').innerText;"))
			.as("the page says the status was recorded")
			.isNotBlank();
		assertThat(browser.<String>script("return document.getElementById(arguments[0]).innerText;", entry))
			.as("the status on the timeline")
			.contains(status, "Seen on the portal this morning.");
		assertThat(browser.<Boolean>script("return document.getElementById(arguments[0]).matches(':target');", entry))
			.as("the page opens at the new entry")
			.isTrue();
	}

}
