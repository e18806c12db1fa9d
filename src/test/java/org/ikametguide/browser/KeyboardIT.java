package org.ikametguide.browser;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard users: the skip link works, and every journey of {@link Journeys} completes with the keyboard alone
 * (every Tab stop on every page showing its focus is {@link EveryPageIT}'s).
 */
class KeyboardIT extends BrowserTestSupport {

	static Stream<String> journeys() {
		return Journeys.ALL.keySet().stream();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void theSkipLinkIsTheFirstStopAndMovesTheFocusToTheContent(String lang) {
		browser().forgetCookies();
		browser().open(baseUrl() + "/steps?lang=" + lang);
		Keyboard keyboard = new Keyboard(browser());
		browser().tab();
		keyboard.assertFocused("a.app-skip-link[href='#main-content']");
		Map<String, Object> skipLink = browser().script(Keyboard.FOCUS_STYLE);
		assertThat(skipLink.get("inView")).as("the skip link shows when focused").isEqualTo(true);
		keyboard.enter();
		keyboard.assertFocused("main#main-content");
		browser().tab();
		assertThat(browser().<Boolean>script("return document.querySelector('main').contains(document.activeElement);"))
			.as("the next Tab stays in the content, past header and navigation")
			.isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("journeys")
	void journeysNeedOnlyTheKeyboard(String journey) {
		Journeys.ALL.get(journey).walk(new Keyboard(browser()), baseUrl(), true);
	}

}
