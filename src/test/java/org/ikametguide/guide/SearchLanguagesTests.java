package org.ikametguide.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ikametguide.system.Languages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search works in each language over that language's content, the way people of that language type. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchLanguagesTests {

	private static final Pattern QUOTED = Pattern.compile("[“«]([^”»]+)[”»]");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MessageSource messages;

	@Test
	void aRussianWordFindsRussianPassagesOnly() throws Exception {
		Document russian = search("ru", "Пароль");
		assertThat(russian.select("ol.app-results > li")).hasSizeGreaterThan(2);
		assertThat(russian.select("ol.app-results mark").eachText()).allMatch((m) -> m.equalsIgnoreCase("пароль"));
		assertThat(russian.select("ol.app-results .app-results__snippet").eachText())
			.allMatch((s) -> s.chars().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
		assertThat(search("en", "пароль").select("ol.app-results > li")).isEmpty();
		assertThat(search("ru", "password").select("ol.app-results > li")).isEmpty();
	}

	@Test
	void turkishDottedAndDotlessIFoldAndAccentsAreOptional() throws Exception {
		List<String> exact = hrefs(search("tr", "Göç İdaresi Başkanlığı"));
		assertThat(exact).isNotEmpty();
		assertThat(hrefs(search("tr", "GÖÇ İDARESİ BAŞKANLIĞI"))).isEqualTo(exact);
		assertThat(hrefs(search("tr", "goc idaresi baskanligi"))).isEqualTo(exact);
		assertThat(hrefs(search("tr", "IKAMET IZNI"))).isEqualTo(hrefs(search("tr", "ikamet izni"))).isNotEmpty();
		assertThat(search("tr", "başkanlığı").select("ol.app-results mark").eachText())
			.allMatch((m) -> m.equalsIgnoreCase("başkanlığı") || m.equals("BAŞKANLIĞI"));
	}

	@Test
	void aChineseTermFindsChineseText() throws Exception {
		Document chinese = search("zh", "居留许可");
		assertThat(chinese.select("ol.app-results > li")).hasSizeGreaterThan(2);
		assertThat(chinese.select("ol.app-results mark").eachText()).containsOnly("居留许可");
		assertThat(hrefs(search("zh", "居留许可　密码"))).isEqualTo(hrefs(search("zh", "居留许可 密码"))).isNotEmpty();
	}

	@Test
	void arabicFindsWordsWrittenWithoutHamzaOrVowelSigns() throws Exception {
		List<String> withHamza = hrefs(search("ar", "الإقامة"));
		assertThat(withHamza).isNotEmpty();
		assertThat(hrefs(search("ar", "الاقامه"))).isEqualTo(withHamza);
		Document vowelless = search("ar", "تعد");
		assertThat(vowelless.select("ol.app-results mark").eachText()).contains("تُعدّ");
	}

	@Test
	void persianFindsPersianDigitsAndArabicKeyboardLetters() throws Exception {
		assertThat(hrefs(search("fa", "۱۵۷"))).isEqualTo(hrefs(search("fa", "157"))).isNotEmpty();
		assertThat(hrefs(search("fa", "پيگيري"))).isEqualTo(hrefs(search("fa", "پیگیری"))).isNotEmpty();
		Document count = search("fa", "مدارک");
		assertThat(count.select("main h2").first().text()).matches("[۰-۹]+ نتیجه برای «\u2068مدارک\u2069»");
	}

	/** The examples that the empty search page suggests find something, in every language. */
	@ParameterizedTest
	@MethodSource("languages")
	void theSuggestedExamplesFindPassages(String language) throws Exception {
		String suggestion = messages.getMessage("search.empty", null, Languages.locale(language));
		List<String> examples = new ArrayList<>();
		Matcher matcher = QUOTED.matcher(suggestion);
		while (matcher.find()) {
			examples.add(matcher.group(1));
		}
		assertThat(examples).hasSize(3);
		for (String example : examples) {
			assertThat(search(language, example).select("ol.app-results > li")).as("%s in %s", example, language)
				.isNotEmpty();
		}
	}

	/** Two search landmarks on one page need names that tell them apart (axe: landmark-unique). */
	@ParameterizedTest
	@MethodSource("languages")
	void theTwoSearchLandmarksHaveDistinctNames(String language) throws Exception {
		for (String query : new String[] { "", "157" }) {
			Document page = search(language, query);
			List<String> names = new ArrayList<>();
			for (Element landmark : page.select("[role=search]")) {
				names.add(landmark.hasAttr("aria-labelledby")
						? page.getElementById(landmark.attr("aria-labelledby")).text() : landmark.attr("aria-label"));
			}
			assertThat(names).hasSize(2).doesNotContain("").doesNotHaveDuplicates();
			assertThat(names).contains(messages.getMessage("search.landmark", null, Languages.locale(language)));
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void theQueryIsBidiIsolatedAndTheInputsTakeTheDirectionOfWhatIsTyped(String language) throws Exception {
		Document page = search(language, "e-ikamet!");
		assertThat(page.select("main h2").first().text()).contains("\u2068e-ikamet!\u2069");
		assertThat(page.select("input[name=q]")).hasSize(2).allMatch((input) -> input.attr("dir").equals("auto"));
		assertThat(page.select("input[name=q]").eachAttr("value")).containsOnly("e-ikamet!");
	}

	static List<String> languages() {
		return Languages.SUPPORTED;
	}

	private static List<String> hrefs(Document page) {
		return page.select("ol.app-results a").eachAttr("href");
	}

	private Document search(String language, String query) throws Exception {
		return html(mvc.perform(get("/search").param("q", query).param("lang", language)).andExpect(status().isOk()));
	}

}
