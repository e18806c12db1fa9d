package org.ikametguide.guide;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A passage that a translation lacks is shown in English, marked lang="en" and dir="ltr", so that on an Arabic page
 * it still reads left to right. Its own context (and database), because it removes a translation.
 */
@SpringBootTest(properties = "spring.application.name=ikamet-guide-fallback")
@AutoConfigureMockMvc
class FallbackDirectionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anEnglishFallbackOnARightToLeftPageReadsLeftToRight() throws Exception {
		jdbc.update("delete from guide_text where locale = 'ar' and item_id = (select id from guide_item "
				+ "where item_key = 'fees')");
		Document page = html(mvc.perform(get("/faq").param("lang", "ar")).andExpect(status().isOk()));
		assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
		Element fees = page.selectFirst("section#fees");
		assertThat(fees.attr("lang")).isEqualTo("en");
		assertThat(fees.attr("dir")).isEqualTo("ltr");
		assertThat(fees.select("h2").text()).startsWith("Are there");
		assertThat(page.select("nav.app-contents a[href=#fees]").attr("dir")).isEqualTo("ltr");
		Element translated = page.selectFirst("section#official-website");
		assertThat(translated.hasAttr("lang")).isFalse();
		assertThat(translated.hasAttr("dir")).isFalse();
	}

}
