package org.ikametguide.guide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ikametguide.system.Languages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor's notes that correct seed passages, and the "while you wait" page, as a reader sees them in each of the
 * six languages: every note beside every passage it concerns, in the page's language, with its official source;
 * every topic of /waiting with its source and the page's last-reviewed date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectionsAndWaitingPagesTests {

	private static final List<String> WAITING_TOPICS = List.of("conditional-entry", "missed-appointment",
			"application-document", "missing-documents", "how-long", "card", "lost-application-number", "refusal");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private GuideService guide;

	static Stream<Arguments> languages() {
		return Languages.SUPPORTED.stream().map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("languages")
	void everyNoteStandsBesideEveryPassageItConcernsWithItsSource(String lang) throws Exception {
		GuideContent content = guide.content(lang);
		Map<String, Document> pages = new HashMap<>();
		for (GuideContent.Item note : content.section("errata").items()) {
			assertThat(note.lang()).as(note.key() + " is translated into " + lang).isNull();
			for (String ref : note.refs()) {
				String section = ref.substring(0, ref.indexOf('/'));
				String key = ref.substring(ref.indexOf('/') + 1);
				Document page = pages.computeIfAbsent(section, (s) -> page(GuidePages.pathOf(s), lang));
				GuideContent.Item passage = content.section(section).item(key);
				Element shown = page.getElementById(note.anchorBeside(passage));
				assertThat(shown).as(note.key() + " beside " + ref + " in " + lang).isNotNull();
				assertThat(shown.select(".app-note__body").text()).isEqualTo(note.text("body").strip());
				assertThat(shown.select(".app-note__source a").attr("href")).isEqualTo(note.sourceUrl());
				Element passageElement = page.getElementById(key);
				assertThat(passageElement).as(ref).isNotNull();
				List<Element> order = page.getAllElements();
				assertThat(order.indexOf(shown)).as(note.key() + " after " + ref).isGreaterThan(order.indexOf(passageElement));
			}
		}
		for (Document page : pages.values()) {
			List<String> ids = page.select("[id]").eachAttr("id");
			assertThat(ids).as("ids on " + page.title()).doesNotHaveDuplicates();
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void theSeedPassagesNamedInTheIssueCarryTheirCorrections(String lang) throws Exception {
		Document faq = page("/faq", lang);
		assertThat(faq.select("#status-update-time #note-decision-period a").attr("href"))
			.isEqualTo("https://yimer.gov.tr/TR/Index");
		assertThat(westernDigits(faq.select("#status-update-time #note-decision-period .app-note__body").text()))
			.contains("90", "180", "6458");
		assertThat(westernDigits(faq.select("#additional-documents-required #note-missing-documents .app-note__body")
			.text())).contains("30");
		assertThat(faq.select("#someone-else .app-note[id^=note-status-query]")).hasSize(1);
		assertThat(page("/steps", lang).select("#step-1 #note-apply-online a").attr("href"))
			.isEqualTo("https://yimer.gov.tr/TR/SSS");
		Document overview = page("/", lang);
		assertThat(overview.select("#note-portal-statuses")).hasSize(1);
		assertThat(overview.select("#key-point-2 #note-portal-statuses--key-point-2")).hasSize(1);
		assertThat(westernDigits(overview.select("#key-point-3 #note-yimer-157 .app-note__body").text())).contains("157",
				"24");
	}

	@ParameterizedTest
	@MethodSource("languages")
	void theWaitingPageShowsEveryTopicWithItsOfficialSourceAndWhenItWasReviewed(String lang) throws Exception {
		Document page = page("/waiting", lang);
		GuideContent.Section section = guide.content(lang).section("waiting");
		assertThat(page.select("h1").text()).isEqualTo(section.title());
		assertThat(section.titleLang()).isNull();
		assertThat(page.select("main section.app-faq").eachAttr("id")).containsExactlyElementsOf(WAITING_TOPICS);
		for (String key : WAITING_TOPICS) {
			GuideContent.Item topic = section.item(key);
			assertThat(topic.lang()).as(key + " is translated into " + lang).isNull();
			Element shown = page.getElementById(key);
			assertThat(shown.select("h2").text()).isEqualTo(topic.text("title"));
			Element source = shown.selectFirst(".app-note__source a");
			assertThat(source.attr("href")).as(key).matches("https?://(yimer\\.gov\\.tr|www\\.mevzuat\\.gov\\.tr|[a-z]+\\.goc\\.gov\\.tr)/.+");
			assertThat(source.text()).isEqualTo(topic.text("source"));
		}
		assertThat(page.select("#card").text()).contains("PTT", "YİMER 157");
		assertThat(page.select("#lost-application-number").text()).contains("e-ikamet.goc.gov.tr", "YİMER 157");
		assertThat(page.select("#lost-application-number a").attr("href")).contains("yozgat.goc.gov.tr");
		assertThat(westernDigits(page.select("#refusal").text())).contains("6458", "25");
		assertThat(page.select("#refusal a").attr("href")).contains("MevzuatNo=6458");
		assertThat(westernDigits(page.select("#application-document").text())).contains("15", "21");
		assertThat(page.select("footer time").attr("datetime")).isEqualTo("2026-12-01");
		assertThat(page.select("nav.app-nav a[aria-current=page]").attr("href")).isEqualTo("/waiting");
	}

	@ParameterizedTest
	@MethodSource("languages")
	void theWaitingPageIsInTheNavigationAndInSearch(String lang) throws Exception {
		Document overview = page("/", lang);
		assertThat(overview.select("nav.app-nav a").eachAttr("href")).containsSubsequence("/faq", "/waiting",
				"/tracker");
		assertThat(overview.select("main .app-card a").eachAttr("href")).contains("/waiting");
		Document results = html(mvc.perform(get("/search").param("q", "şartlı").param("lang", lang))
			.andExpect(status().isOk()));
		assertThat(results.select("ol.app-results a").eachAttr("href")).contains("/waiting#conditional-entry");
	}

	/** Persian pages write numbers in Persian digits. */
	private static String westernDigits(String text) {
		StringBuilder western = new StringBuilder();
		text.codePoints().map((c) -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c).forEach(western::appendCodePoint);
		return western.toString();
	}

	private Document page(String url, String lang) {
		try {
			return html(mvc.perform(get(url).param("lang", lang))
				.andExpect(status().isOk()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
