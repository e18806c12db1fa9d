package org.ikametguide.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A keyboard user: Tab, Shift+Tab, Enter, Space and typing; never a click. */
record Keyboard(Browser browser) {

	/** More Tab presses than any page has stops: reaching it means a keyboard trap or a missing control. */
	static final int MAX_PRESSES = 120;

	/** How the focused element looks: outline and box-shadow, plus whether it is within the viewport. */
	static final String FOCUS_STYLE = """
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

	/**
	 * Tabs through the whole open page, from its start until the focus comes back to the first stop or leaves the
	 * page; returns what a keyboard user could not see: a stop without a visible focus indicator (an outline of at
	 * least 2 px or a box shadow, that changes with the focus, within the viewport), fewer than three stops, or no
	 * end (a keyboard trap). None when all is well.
	 */
	List<String> unseenFocus() {
		List<Map<String, Object>> stops = new ArrayList<>();
		for (int presses = 0; presses < MAX_PRESSES; presses++) {
			this.browser.tab();
			Map<String, Object> focused = this.browser.script(FOCUS_STYLE);
			boolean backToStart = !stops.isEmpty() && stops.get(0).get("element").equals(focused.get("element"));
			if (backToStart || Boolean.TRUE.equals(focused.get("atBody"))) {
				break;
			}
			stops.add(focused);
		}
		List<String> problems = new ArrayList<>();
		if (stops.size() < 3 || stops.size() >= MAX_PRESSES) {
			problems.add(stops.size() + " Tab stops: fewer than 3, or no end within " + MAX_PRESSES + " presses");
		}
		this.browser.script("document.activeElement.blur();");
		List<Object> elements = stops.stream().map((stop) -> stop.get("element")).toList();
		List<Map<String, Object>> unfocusedStyles = this.browser.script(
				"return arguments[0].map((el) => { const s = getComputedStyle(el); "
						+ "return { outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow }; });",
				elements);
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
		return problems;
	}

	/** Presses Tab until the focused element matches a CSS selector. */
	void tabTo(String selector) {
		moveTo(selector, Keys.TAB);
	}

	/**
	 * Presses Tab until the focused element matches a CSS selector, checking on every stop on the way that the focus
	 * shows (an outline of at least 2 px or a box shadow, within the viewport).
	 */
	void tabToShowingFocus(String selector) {
		for (int presses = 0; presses < MAX_PRESSES; presses++) {
			this.browser.press(Keys.TAB);
			assertFocusVisible();
			if (focusedMatches(selector)) {
				return;
			}
		}
		fail("%s never got the keyboard focus in %d presses on %s", selector, MAX_PRESSES,
				this.browser.driver().getCurrentUrl());
	}

	/** The focused element shows that it has the focus, where it can be seen. */
	void assertFocusVisible() {
		String problem = this.browser.script("""
				const el = document.activeElement;
				if (el === null || el === document.body) return 'nothing has the focus';
				const style = getComputedStyle(el);
				const box = el.getBoundingClientRect();
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
				const inView = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
				if ((outline || style.boxShadow !== 'none') && inView) return null;
				return el.outerHTML.slice(0, 120) + ': outline ' + style.outlineStyle + ' ' + style.outlineWidth
				    + ', shadow ' + style.boxShadow + ', in view ' + inView;
				""");
		assertThat(problem).as("focus indicator on %s", this.browser.driver().getCurrentUrl()).isNull();
	}

	/** Presses Shift+Tab until the focused element matches a CSS selector. */
	void shiftTabTo(String selector) {
		moveTo(selector, Keys.chord(Keys.SHIFT, Keys.TAB));
	}

	void type(String text) {
		this.browser.press(text);
	}

	void enter() {
		this.browser.press(Keys.ENTER);
	}

	/** Enter on a link or in a form, then waits until the next page has loaded (a key press does not wait). */
	void enterAndLoad() {
		this.browser.untilNextPage(this::enter);
	}

	void space() {
		this.browser.press(Keys.SPACE);
	}

	/** Space on a button that sends a form, then waits until the next page has loaded. */
	void spaceAndLoad() {
		this.browser.untilNextPage(this::space);
	}

	/** On a closed select: the next option, as a keyboard user chooses one without opening the list. */
	void arrowDown() {
		this.browser.press(Keys.ARROW_DOWN);
	}

	boolean focusedMatches(String selector) {
		return this.browser.<Boolean>script("return document.activeElement !== null && document.activeElement.matches(arguments[0]);",
				selector);
	}

	void assertFocused(String selector) {
		assertThat(this.browser.eventually(
				"return document.activeElement !== null && document.activeElement.matches(arguments[0]);", selector)).as("focus is on %s, not on %s", selector,
				this.browser.<String>script("return document.activeElement.outerHTML.slice(0, 120);"))
			.isTrue();
	}

	private void moveTo(String selector, CharSequence key) {
		for (int presses = 0; presses < MAX_PRESSES; presses++) {
			this.browser.press(key);
			if (focusedMatches(selector)) {
				return;
			}
		}
		fail("%s never got the keyboard focus in %d presses on %s", selector, MAX_PRESSES,
				this.browser.driver().getCurrentUrl());
	}

}
