package org.ikametguide.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Thymeleaf replaces an element with a fragment ({@code th:replace}) before it evaluates any other attribute of that
 * element (its attribute precedence), so a condition, a loop, a text or a {@code sec:authorize} written beside the
 * {@code th:replace} is never evaluated: an empty tracker showed the key to waiting bars it did not show. The
 * condition goes on a {@code th:block} around the inclusion. Only the names that mark a fragment may stand beside it.
 */
class FragmentConditionsTests {

	private static final Set<String> MARKERS = Set.of("th:replace", "th:fragment", "th:ref");

	@Test
	void nothingIsWrittenBesideAFragmentThatReplacesItsElement() throws IOException {
		List<String> ignored = new ArrayList<>();
		int replaced = 0;
		for (Path file : Templates.all()) {
			for (Element element : html(file).select("[th:replace]")) {
				replaced++;
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey();
					if ((name.startsWith("th:") || name.startsWith("sec:")) && !MARKERS.contains(name)) {
						ignored.add(Templates.name(file) + ": <" + element.tagName() + " " + name + "=\""
								+ attribute.getValue() + "\"> beside th:replace");
					}
				}
			}
		}
		assertThat(replaced).as("elements replaced by a fragment").isGreaterThan(50);
		assertThat(ignored).as("attributes Thymeleaf never evaluates").isEmpty();
	}

}
