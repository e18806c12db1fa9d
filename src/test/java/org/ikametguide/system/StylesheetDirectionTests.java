package org.ikametguide.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one stylesheet mirrors for right-to-left pages by itself: it uses logical properties only (margin-inline-start,
 * inset-inline-end, text-align: start…), never physical ones (margin-left, right:, text-align: left…), and no
 * shorthand with three or four sides, whose values are physical (top right bottom left).
 */
class StylesheetDirectionTests {

	private static final Path STYLESHEET = Path.of("src/main/resources/static/css/app.css");

	private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;{}]+)");

	private static final Pattern PHYSICAL_PROPERTY = Pattern
		.compile("(left|right|top|bottom)|.*-(left|right|top|bottom)(-.*)?");

	private static final Pattern PHYSICAL_VALUE = Pattern.compile("(text-align|float|clear|caption-side|resize)");

	private static final Pattern SIDE_SHORTHAND = Pattern
		.compile("margin|padding|inset|border-width|border-style|border-color|border-radius|scroll-margin|scroll-padding");

	@Test
	void theStylesheetUsesOnlyLogicalDirections() throws IOException {
		String css = Files.readString(STYLESHEET, StandardCharsets.UTF_8);
		assertThat(physicalDeclarations(css)).isEmpty();
	}

	@Test
	void theCheckCatchesPhysicalDeclarations() {
		String css = ".a { margin-left: 1rem; right: 0; text-align: left; padding: 0 1rem 0 2rem; float: right; "
				+ "border-top-left-radius: 2px }\n.b { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start;"
				+ " padding: 0 1rem; vertical-align: top; margin: 0 }\n@media (max-width: 40em) { .c { color: red } }";
		assertThat(physicalDeclarations(css)).containsExactly("margin-left: 1rem", "right: 0", "text-align: left",
				"padding: 0 1rem 0 2rem", "float: right", "border-top-left-radius: 2px");
	}

	static List<String> physicalDeclarations(String css) {
		String withoutComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
		List<String> found = new ArrayList<>();
		for (String block : withoutComments.split("\\{")) {
			String body = block.contains("}") ? block.substring(0, block.indexOf('}')) : "";
			Matcher declaration = DECLARATION.matcher(body);
			while (declaration.find()) {
				String property = declaration.group(1);
				String value = declaration.group(2).trim();
				boolean physical = PHYSICAL_PROPERTY.matcher(property).matches()
						|| (PHYSICAL_VALUE.matcher(property).matches() && value.matches("(?i)(left|right|top|bottom)\\b.*"))
						|| (SIDE_SHORTHAND.matcher(property).matches() && sides(value) >= 3);
				if (physical) {
					found.add(property + ": " + value);
				}
			}
		}
		return found;
	}

	/** How many space-separated values a declaration has outside of functions such as var() or calc(). */
	private static int sides(String value) {
		return value.replaceAll("\\([^)]*\\)", "()").replace("!important", "").trim().split("\\s+").length;
	}

}
