package org.ikametguide.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * Thymeleaf includes a fragment ({@code th:replace}, {@code th:insert}) before it evaluates a condition, a loop or a
 * local variable on the same element (its attribute precedence), so such an attribute written beside the inclusion
 * is never evaluated: an empty tracker showed the key to waiting bars it did not show. The condition goes on a
 * {@code th:block} around the inclusion.
 */
class FragmentConditionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> EVALUATED_AFTER_INCLUSION = List.of("th:each", "th:if", "th:unless",
			"th:switch", "th:case", "th:with");

	@Test
	void noConditionLoopOrVariableSitsBesideAFragmentInclusion() throws IOException {
		List<String> ignored = new ArrayList<>();
		int inclusions = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				for (Element element : html(file).select("[th:replace], [th:insert]")) {
					inclusions++;
					for (String attribute : EVALUATED_AFTER_INCLUSION) {
						if (element.hasAttr(attribute)) {
							ignored.add(TEMPLATES.relativize(file) + ": <" + element.tagName() + " " + attribute + "=\""
									+ element.attr(attribute) + "\"> beside a fragment inclusion");
						}
					}
				}
			}
		}
		assertThat(inclusions).as("fragment inclusions found").isGreaterThan(50);
		assertThat(ignored).as("attributes Thymeleaf never evaluates").isEmpty();
	}

}
