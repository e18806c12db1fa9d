package org.ikametguide.system;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How the language is chosen: {@code ?lang=xx} switches and a cookie remembers it on later pages; without a choice
 * the browser's Accept-Language decides; otherwise English. A language the site does not speak changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageChoiceTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aChosenLanguageSticksAcrossPagesThroughTheCookie() throws Exception {
		MockHttpServletResponse chosen = perform(get("/").param("lang", "ru"));
		assertThat(lang(chosen)).isEqualTo("ru");
		Cookie cookie = chosen.getCookie("lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ru");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 60 * 60);
		assertThat(chosen.getHeader("Set-Cookie")).contains("SameSite=Lax");

		for (String page : new String[] { "/steps", "/faq", "/checklist/print", "/search?q=157", "/methods" }) {
			MockHttpServletResponse later = perform(get(page).cookie(cookie).header("Accept-Language", "fa"));
			assertThat(lang(later)).as(page).isEqualTo("ru");
		}
	}

	@Test
	void theSwitcherLinksChangeTheLanguageWithoutJavaScript() throws Exception {
		Document page = html(perform(get("/faq").param("lang", "ar")));
		String persian = page.select("nav.app-languages a[lang=fa]").attr("href");
		assertThat(persian).endsWith("/faq?lang=fa");
		MockHttpServletResponse followed = perform(get(persian.replaceFirst("^https?://[^/]+", "")));
		assertThat(lang(followed)).isEqualTo("fa");
		assertThat(html(followed).select("html").attr("dir")).isEqualTo("rtl");
	}

	@Test
	void withoutAChoiceAcceptLanguageDecides() throws Exception {
		assertThat(lang(perform(get("/").header("Accept-Language", "fa-IR,fa;q=0.9")))).isEqualTo("fa");
		assertThat(lang(perform(get("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")))).isEqualTo("zh");
		assertThat(lang(perform(get("/").header("Accept-Language", "de-DE,de;q=0.9,tr;q=0.5")))).isEqualTo("tr");
		assertThat(lang(perform(get("/").header("Accept-Language", "ar-SY")))).isEqualTo("ar");
		assertThat(lang(perform(get("/").header("Accept-Language", "de")))).isEqualTo("en");
		assertThat(lang(perform(get("/").header("Accept-Language", ";;;q=x")))).isEqualTo("en");
		assertThat(lang(perform(get("/")))).isEqualTo("en");
		assertThat(perform(get("/").header("Accept-Language", "ru")).getCookie("lang")).isNull();
	}

	@Test
	void anUnsupportedLanguageChangesNothing() throws Exception {
		MockHttpServletResponse unsupported = perform(get("/").param("lang", "de"));
		assertThat(lang(unsupported)).isEqualTo("en");
		assertThat(unsupported.getCookie("lang")).isNull();

		Cookie russian = new Cookie("lang", "ru");
		MockHttpServletResponse kept = perform(get("/faq").param("lang", "de").cookie(russian));
		assertThat(lang(kept)).isEqualTo("ru");
		assertThat(kept.getCookie("lang")).isNull();

		MockHttpServletResponse byBrowser = perform(get("/").param("lang", "xx-!!").header("Accept-Language", "tr"));
		assertThat(lang(byBrowser)).isEqualTo("tr");
	}

	/** A stale or forged cookie is ignored everywhere, dates included (not only the messages). */
	@Test
	void aCookieForAnUnsupportedLanguageIsIgnored() throws Exception {
		Document page = html(perform(get("/faq").cookie(new Cookie("lang", "de"))));
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("footer time").text()).matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}");
		Document persianBrowser = html(perform(get("/faq").cookie(new Cookie("lang", "de"))
			.header("Accept-Language", "fa")));
		assertThat(persianBrowser.select("html").attr("lang")).isEqualTo("fa");
		assertThat(persianBrowser.select("footer time").text()).matches("[۰-۹]+ \\S+ [۰-۹]{4}");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String lang(MockHttpServletResponse response) throws Exception {
		return html(response).select("html").attr("lang");
	}

}
