package org.ikametguide.system;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.ikametguide.guide.GuidePages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stylesheet and the script are linked by addresses that carry a hash of their content and are cached for a year;
 * and only their folders are static. Every link a page renders is offered to the static-file lookup: an address under
 * a static mapping is searched for in every jar of the application, each time, which made a signed-in page three
 * times slower when every address was mapped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticAssetsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theScriptIsLinkedByItsContentHashAndCachedForAYear() throws Exception {
		Document page = html(mvc.perform(get("/checklist")));
		String script = page.select("script[src]").attr("src");
		assertThat(script).matches("/js/checklist-[0-9a-f]{32}\\.js");
		mvc.perform(get(script))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
	}

	@Test
	void noPageAddressIsLookedUpAmongTheStaticFiles(@Autowired ResourceUrlProvider resources) throws Exception {
		AntPathMatcher matcher = new AntPathMatcher();
		List<String> pages = new ArrayList<>(GuidePages.PATHS);
		pages.addAll(List.of("/tracker", "/tracker/applications/1", "/account", "/login", "/register"));
		Document overview = html(mvc.perform(get("/")));
		overview.select("a[href^=/]").eachAttr("href").forEach(pages::add);
		assertThat(resources.getHandlerMap()).as("static mappings").isNotEmpty();
		for (String pattern : resources.getHandlerMap().keySet()) {
			assertThat(pages).as("addresses under the static mapping %s", pattern)
				.noneMatch((path) -> matcher.match(pattern, path.replaceAll("[?#].*", "")));
		}
	}

}
