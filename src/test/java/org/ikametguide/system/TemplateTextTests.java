package org.ikametguide.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * No template holds text a reader sees: visible text comes from messages (#{…}) or from the content store. Text
 * nodes may hold only punctuation, and attributes that people read (alt, title, aria-label, placeholder, value of
 * buttons) must be th: expressions.
 */
class TemplateTextTests {

	private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "aria-label", "placeholder", "label",
			"content");

	@Test
	void noTemplateHoldsLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path file : Templates.all()) {
			Document doc = html(file);
			for (Element element : doc.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
						problems.add(Templates.name(file) + ": text \"" + text.text().strip() + "\"");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READ_ATTRIBUTES.contains(attribute.getKey()) && !isTechnical(element, attribute)) {
						problems.add(Templates.name(file) + ": attribute " + attribute);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckCatchesLiteralText() {
		Document doc = html("<p>Hello</p><p>, </p><img alt=\"A picture\">");
		assertThat(doc.select("p").get(0).textNodes().get(0).text().codePoints().anyMatch(Character::isLetterOrDigit))
			.isTrue();
		assertThat(doc.select("p").get(1).textNodes().get(0).text().codePoints().anyMatch(Character::isLetterOrDigit))
			.isFalse();
	}

	/** Meta tags whose content is for machines (charset, viewport) are not reader text. */
	private static boolean isTechnical(Element element, Attribute attribute) {
		return element.tagName().equals("meta") && attribute.getKey().equals("content")
				&& element.hasAttr("name") && element.attr("name").equals("viewport");
	}

}
