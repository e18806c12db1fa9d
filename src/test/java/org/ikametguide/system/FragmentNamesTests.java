package org.ikametguide.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * A fragment named like an HTML element is a trap: Thymeleaf's {@code ~{file :: input}} selects the fragment called
 * "input" and also every {@code <input>} of that file outside it. A form fragment once called "input" put a date
 * field into the registration form as soon as another fragment of the same file held an input. The same holds for a
 * {@code th:ref}, the name of a piece of markup a page passes to a fragment ({@code ~{::kindControl}}).
 */
class FragmentNamesTests {

	private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "address", "area", "article", "aside",
			"audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br", "button", "canvas", "caption", "cite",
			"code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt",
			"em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
			"head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend",
			"li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol",
			"optgroup", "option", "output", "p", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
			"script", "search", "section", "select", "slot", "small", "source", "span", "strong", "style", "sub",
			"summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
			"tr", "track", "u", "ul", "var", "video", "wbr", "svg", "math");

	@Test
	void noFragmentIsNamedLikeAnHtmlElement() throws IOException {
		List<String> clashes = new ArrayList<>();
		int fragments = 0;
		for (Path file : Templates.all()) {
			for (Element element : html(file).select("[th:fragment], [th:ref]")) {
				fragments++;
				String name = (element.hasAttr("th:fragment") ? element.attr("th:fragment") : element.attr("th:ref"))
					.split("\\(", 2)[0].trim();
				if (HTML_ELEMENTS.contains(name.toLowerCase())) {
					clashes.add(Templates.name(file) + ": " + name);
				}
			}
		}
		assertThat(fragments).as("fragments found").isGreaterThan(10);
		assertThat(clashes).as("fragments and th:refs named like an HTML element").isEmpty();
	}

}
