package org.ikametguide.guide;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.ikametguide.system.Languages;
import org.ikametguide.system.Scripts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

/**
 * Every guide page in every language, as the probe sees it: lang and dir, text in the language's script,
 * the same structure as the English page, hreflang alternates for all six languages, the translation notice, the
 * language switcher, and dates and numbers in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuideLanguagesTests {

	private static final List<String> PAGES = List.of("/", "/steps", "/methods", "/mistakes", "/checklist",
			"/checklist/print", "/verification", "/faq", "/waiting");

	/** What makes a page's structure: the same count of each in every language. */
	private static final List<String> STRUCTURE = List.of("main li", "main ol", "main ul", "main tr", "main th",
			"main td", "main section.app-faq", "main input[type=checkbox]", "main label", "main h1", "main h2",
			"main h3", "main dt", "main dd", "main aside.app-note", "main p:not(.app-print-sheet__notice)", "main a",
			"main time", "nav.app-nav a", "link[rel=alternate]");

	/** The least share of a page's main text that must be in the language's script (the rest: names, addresses). */
	private static final Map<String, Double> LEAST_SHARE = Map.of("ar", 0.7, "fa", 0.7, "ru", 0.7, "zh", 0.5);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MessageSource messages;

	static Stream<Arguments> pagesInEveryTranslation() {
		return PAGES.stream()
			.flatMap((page) -> Languages.SUPPORTED.stream().skip(1).map((language) -> Arguments.of(page, language)));
	}

	static Stream<Arguments> pagesInEveryLanguage() {
		return PAGES.stream().flatMap((page) -> Languages.SUPPORTED.stream().map((language) -> Arguments.of(page, language)));
	}

	@ParameterizedTest
	@MethodSource("pagesInEveryLanguage")
	void pageDeclaresItsLanguageAndDirection(String page, String language) throws Exception {
		Document document = page(page, language);
		assertThat(document.select("html").attr("lang")).isEqualTo(language);
		assertThat(document.select("html").attr("dir")).isEqualTo(Languages.isRightToLeft(language) ? "rtl" : "ltr");
		assertThat(document.select("[lang=en]")).as("English fallback text on a %s page", language)
			.allMatch((element) -> language.equals("en") || element.is("a[hreflang=en]"));
	}

	@ParameterizedTest
	@MethodSource("pagesInEveryTranslation")
	void pageTextIsInTheLanguagesScript(String page, String language) throws Exception {
		String text = page(page, language).select("main").text();
		if (language.equals("tr")) {
			assertThat(Scripts.share(text, UnicodeScript.LATIN)).isGreaterThan(0.99);
			assertThat(Scripts.count(text, Scripts.TURKISH_LETTERS)).as("Turkish letters").isGreaterThan(10);
			assertThat(text.split("\\b(?i:the|and|your|you)\\b", -1).length - 1).as("English words").isLessThan(3);
		}
		else {
			assertThat(Scripts.share(text, Scripts.OF_LANGUAGE.get(language))).isGreaterThan(LEAST_SHARE.get(language));
		}
		if (language.equals("ar")) {
			assertThat(Scripts.count(text, Scripts.PERSIAN_LETTERS)).isZero();
		}
		if (language.equals("fa")) {
			assertThat(Scripts.count(text, Scripts.ARABIC_ONLY_LETTERS)).isZero();
		}
	}

	@ParameterizedTest
	@MethodSource("pagesInEveryTranslation")
	void pageHasTheSameStructureAsInEnglish(String page, String language) throws Exception {
		assertThat(structure(page(page, language))).isEqualTo(structure(page(page, "en")));
	}

	@ParameterizedTest
	@MethodSource("pagesInEveryLanguage")
	void pageLinksToItselfInEveryLanguage(String page, String language) throws Exception {
		Document document = page(page, language);
		Map<String, String> alternates = new LinkedHashMap<>();
		document.select("head link[rel=alternate][hreflang]")
			.forEach((link) -> alternates.put(link.attr("hreflang"), link.attr("href")));
		assertThat(alternates.keySet()).containsExactlyElementsOf(Languages.SUPPORTED);
		alternates.forEach((hreflang, href) -> assertThat(href).isEqualTo("http://localhost:8080" + page + "?lang=" + hreflang));
		if (!page.equals("/checklist/print")) {
			assertThat(document.select("nav.app-languages a").eachText()).containsExactly("English", "Türkçe",
					"العربية", "فارسی", "Русский", "中文");
			assertThat(document.select("nav.app-languages a").eachAttr("lang"))
				.containsExactlyElementsOf(Languages.SUPPORTED);
			assertThat(document.select("nav.app-languages a[aria-current=true]").attr("lang")).isEqualTo(language);
		}
	}

	@ParameterizedTest
	@MethodSource("pagesInEveryLanguage")
	void translatedPagesSayTheyAreATranslationAndTheOfficialSourcesPrevail(String page, String language)
			throws Exception {
		String notice = messages.getMessage("notice.translation", null, Languages.locale(language));
		String text = page(page, language).text();
		if (language.equals("en")) {
			assertThat(text).doesNotContain(notice);
		}
		else {
			assertThat(text).contains(notice);
		}
	}

	@ParameterizedTest
	@MethodSource("pagesInEveryLanguage")
	void lastReviewedDateIsInTheReadersLanguage(String page, String language) throws Exception {
		Document document = page(page, language);
		LocalDate reviewed = LocalDate.parse(document.select("time").attr("datetime"));
		Locale locale = Languages.locale(language);
		String expected = reviewed.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withDecimalStyle(DecimalStyle.of(locale)));
		assertThat(document.select("time").text()).isEqualTo(expected);
		if (!language.equals("en")) {
			assertThat(expected).isNotEqualTo(reviewed.format(
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)));
		}
	}

	@ParameterizedTest
	@MethodSource("org.ikametguide.guide.ContentLanguagesTests#translations")
	void stepNumbersAreWrittenInTheReadersDigits(String language) throws Exception {
		Document steps = page("/steps", language);
		String digits = language.equals("fa") ? "۱۲۳۴۵" : "12345";
		assertThat(steps.select(".app-step-nav__number").eachText())
			.containsExactlyElementsOf(digits.codePoints().mapToObj(Character::toString).toList());
		assertThat(steps.select(".app-step-nav__title .app-visually-hidden").first().text())
			.isEqualTo(messages.getMessage("steps.step", new Object[] { 1 }, Languages.locale(language)))
			.contains(digits.substring(0, 1));
	}

	@ParameterizedTest
	@MethodSource("org.ikametguide.guide.ContentLanguagesTests#translations")
	void addressesAndNamesAreKeptTogetherAsLeftToRightRuns(String language) throws Exception {
		Document steps = page("/steps", language);
		assertThat(steps.select(".app-notice a[href^=https]"))
			.allMatch((link) -> link.attr("dir").equals("ltr") && link.hasClass("app-ltr-run"));
		assertThat(steps.select("main bdi.app-ltr-run[dir=ltr]").eachText()).anyMatch((run) -> run.startsWith("e-"))
			.allMatch((run) -> !run.isBlank() && !run.startsWith(" ") && !run.endsWith(" "));
		assertThat(steps.select("main").text()).isEqualTo(steps.select("main").text().replace("  ", " "));
	}

	private Map<String, Integer> structure(Document document) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		STRUCTURE.forEach((selector) -> counts.put(selector, document.select(selector).size()));
		return counts;
	}

	private Document page(String url, String language) throws Exception {
		return html(mvc.perform(get(url).param("lang", language)).andExpect(status().isOk()));
	}

}
