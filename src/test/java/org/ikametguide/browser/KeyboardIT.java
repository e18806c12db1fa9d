package org.ikametguide.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ikametguide.browser.Pages.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard users: the skip link works, every stop of the Tab order shows a visible focus indicator, and every journey
 * of {@link Journeys} completes with the keyboard alone.
 */
class KeyboardIT extends BrowserTestSupport {

	/** How the focused element looks: outline and box-shadow, plus whether it is within the viewport. */
	private static final String FOCUS_STYLE = """
			const el = document.activeElement;
			const style = getComputedStyle(el);
			const box = el.getBoundingClientRect();
			return {
			  element: el,
			  atBody: el === document.body || el === document.documentElement,
			  outline: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
			  outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
			  shadow: style.boxShadow,
			  inView: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
			  name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.innerText || '').trim().slice(0, 30) + '"'
			};
			""";

	static Stream<String> journeys() {
		return Journeys.ALL.keySet().stream();
	}

	/** Every page left to right (English) and right to left (Arabic): focus rings must survive the mirrored layout. */
	static Stream<Arguments> pagesInBothDirections() {
		return Pages.ALL.stream().flatMap((page) -> Stream.of("en", "ar").map((lang) -> Arguments.of(page, lang)));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void theSkipLinkIsTheFirstStopAndMovesTheFocusToTheContent(String lang) {
		this.browser.forgetCookies();
		this.browser.open(baseUrl() + "/steps?lang=" + lang);
		Keyboard keyboard = new Keyboard(this.browser);
		this.browser.tab();
		keyboard.assertFocused("a.app-skip-link[href='#main-content']");
		Map<String, Object> skipLink = this.browser.script(FOCUS_STYLE);
		assertThat(skipLink.get("inView")).as("the skip link shows when focused").isEqualTo(true);
		keyboard.enter();
		keyboard.assertFocused("main#main-content");
		this.browser.tab();
		assertThat(this.browser.<Boolean>script("return document.querySelector('main').contains(document.activeElement);"))
			.as("the next Tab stays in the content, past header and navigation")
			.isTrue();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("pagesInBothDirections")
	void everyTabStopShowsAVisibleFocusIndicator(Page page, String lang) {
		visit(page, lang);
		List<Map<String, Object>> stops = new ArrayList<>();
		for (int presses = 0; presses < Keyboard.MAX_PRESSES; presses++) {
			this.browser.tab();
			Map<String, Object> focused = this.browser.script(FOCUS_STYLE);
			boolean backToStart = !stops.isEmpty() && stops.get(0).get("element").equals(focused.get("element"));
			if (backToStart || Boolean.TRUE.equals(focused.get("atBody"))) {
				break;
			}
			stops.add(focused);
		}
		assertThat(stops).as("Tab stops on %s", page.name()).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(Keyboard.MAX_PRESSES);
		this.browser.script("document.activeElement.blur();");
		List<Object> elements = stops.stream().map((stop) -> stop.get("element")).toList();
		List<Map<String, Object>> unfocusedStyles = this.browser.script(
				"return arguments[0].map((el) => { const s = getComputedStyle(el); "
						+ "return { outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow }; });",
				elements);
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < stops.size(); i++) {
			Map<String, Object> focused = stops.get(i);
			Map<String, Object> unfocused = unfocusedStyles.get(i);
			boolean indicator = Boolean.TRUE.equals(focused.get("outlineVisible")) || !"none".equals(focused.get("shadow"));
			boolean changed = !focused.get("outline").equals(unfocused.get("outline"))
					|| !focused.get("shadow").equals(unfocused.get("shadow"));
			if (!indicator || !changed || !Boolean.TRUE.equals(focused.get("inView"))) {
				problems.add(focused.get("name") + ": focused " + focused.get("outline") + " / " + focused.get("shadow")
						+ ", unfocused " + unfocused.get("outline") + " / " + unfocused.get("shadow") + ", in view "
						+ focused.get("inView"));
			}
		}
		assertThat(problems).as("focus not visible on %s (%s)", page.name(), lang).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("journeys")
	void journeysNeedOnlyTheKeyboard(String journey) {
		Journeys.ALL.get(journey).walk(new Keyboard(this.browser), baseUrl(), true);
	}

}
