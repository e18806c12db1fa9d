package org.ikametguide.browser;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing escapes the quality gate silently: every address the app serves with GET is a page of {@link Pages#ALL} or
 * is listed, with its reason, in {@link Pages#NOT_PAGES}; and every part of the site has its keyboard journey.
 */
class PageCoverageIT extends AppTestSupport {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyPageTheAppServesIsChecked() {
		Set<String> unchecked = new TreeSet<>();
		for (String pattern : getPatterns()) {
			PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
			boolean page = Pages.ALL.stream()
				.anyMatch((p) -> parsed.matches(PathContainer.parsePath(p.path().replaceFirst("\\?.*", ""))));
			if (!page && !Pages.NOT_PAGES.contains(pattern)) {
				unchecked.add(pattern);
			}
		}
		assertThat(unchecked).as("served but not in Pages.ALL (add one line each) nor in Pages.NOT_PAGES").isEmpty();
	}

	@Test
	void everyPartOfTheSiteHasAKeyboardJourney() {
		assertThat(Journeys.ALL).containsKey("guide");
		if (getPatterns().stream().anyMatch((pattern) -> pattern.startsWith("/tracker"))) {
			assertThat(Journeys.ALL).as("the tracker is served: add its keyboard journey to Journeys").containsKey("tracker");
		}
	}

	@Test
	void theGuideIsAmongTheServedPages() {
		// Matched, not compared as text: the guide's pages share one pattern ("/{page:steps|methods|…}").
		for (String path : List.of("/", "/steps", "/checklist/print", "/search", "/login", "/tracker")) {
			assertThat(getPatterns()).as("a served pattern matches %s", path)
				.anySatisfy((pattern) -> assertThat(
						PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path)))
					.isTrue());
		}
	}

	private List<String> getPatterns() {
		return this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
			.flatMap((info) -> info.getPatternValues().stream())
			.toList();
	}

}
