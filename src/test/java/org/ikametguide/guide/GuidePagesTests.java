package org.ikametguide.guide;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a reader sees on each guide page, in English: every seed passage on its page, in its structure. */
@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesTests {

	private static final SeedGuide SEED = SeedGuide.load();

	@Autowired
	private MockMvc mvc;

	@Test
	void overviewShowsTheAnswerAndSixKeyPointsAndLinksEverywhere() throws Exception {
		Document page = page("/");
		assertThat(page.select("h1").text()).isEqualTo(SEED.question());
		assertThat(page.select("main p.app-lead").text()).isEqualTo(SEED.overview());
		assertThat(page.select("main ol.app-key-points > li > p").eachText()).containsExactlyElementsOf(SEED.keyPoints());
		assertThat(page.select("main a").eachAttr("href")).contains("/steps", "/methods", "/mistakes", "/checklist",
				"/verification", "/faq", "/waiting", "/tracker");
	}

	@Test
	void stepsAreANumberedStepByStepNavigation() throws Exception {
		Document page = page("/steps");
		Elements steps = page.select("main ol.app-step-nav > li");
		assertThat(steps).hasSize(5);
		assertThat(steps.select(".app-step-nav__body > p").eachText()).containsExactlyElementsOf(SEED.steps());
		assertThat(steps.get(0).select("h2 .app-visually-hidden").text()).isEqualTo("Step 1:");
		assertThat(steps.get(4).select("h2 .app-step-nav__number").text()).isEqualTo("5");
	}

	@Test
	void methodsAreARealTableWithCaptionColumnHeadersAndRowHeaders() throws Exception {
		Document page = page("/methods");
		Element table = page.selectFirst("main table");
		assertThat(table.select("caption").text()).isNotBlank();
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactlyElementsOf(SEED.header());
		Elements rows = table.select("tbody > tr");
		assertThat(rows).hasSize(3);
		for (int i = 0; i < 3; i++) {
			Element row = rows.get(i);
			assertThat(row.select("th[scope=row]").text()).isEqualTo(SEED.methods().get(i).get(0));
			assertThat(row.select("td").eachText()).containsExactlyElementsOf(SEED.methods().get(i).subList(1, 4));
		}
	}

	@Test
	void mistakesShowEachMistakeWithItsCauseAndFix() throws Exception {
		Document page = page("/mistakes");
		Elements mistakes = page.select("main section.app-mistake");
		assertThat(mistakes).hasSize(3);
		for (int i = 0; i < 3; i++) {
			List<String> seed = SEED.mistakes().get(i);
			assertThat(mistakes.get(i).select("h2").text()).isEqualTo(seed.get(0));
			assertThat(mistakes.get(i).select("dd").eachText()).containsExactly(seed.get(1), seed.get(2));
		}
	}

	@Test
	void checklistHasSixLabelledCheckboxesAndAPrintableVersion() throws Exception {
		Document page = page("/checklist");
		Elements boxes = page.select("main input[type=checkbox]");
		assertThat(boxes).hasSize(6);
		for (int i = 0; i < 6; i++) {
			String id = boxes.get(i).id();
			assertThat(page.select("label[for=" + id + "]").text()).isEqualTo(SEED.checklist().get(i));
		}
		assertThat(page.select("main a[href=/checklist/print]")).hasSize(1);
		assertThat(page.select("script[src]").eachAttr("src")).allMatch((src) -> src.startsWith("/js/checklist"));
	}

	@Test
	void printableChecklistHasEmptyBoxesFieldsToFillInTheAddressesAndNoNavigation() throws Exception {
		Document page = page("/checklist/print");
		assertThat(page.select("nav")).isEmpty();
		assertThat(page.select(".app-print-sheet__item").eachText()).containsExactlyElementsOf(SEED.checklist());
		assertThat(page.select(".app-print-sheet__box")).hasSize(6);
		assertThat(page.select(".app-print-sheet__field").eachText()).containsExactly("Name:", "Application number:",
				"Date:");
		assertThat(page.select("a").eachAttr("href")).contains("http://localhost:8080/checklist",
				"https://e-ikamet.goc.gov.tr");
		assertThat(page.select("button[data-app-print]").hasAttr("hidden")).isTrue();
	}

	@Test
	void verificationShowsTheThreeOfficialPoints() throws Exception {
		Document page = page("/verification");
		assertThat(page.select("main ol.app-points > li > p").eachText())
			.containsExactlyElementsOf(SEED.verification());
	}

	@Test
	void faqShowsEightQuestionsWithStableAnchors() throws Exception {
		Document page = page("/faq");
		Elements entries = page.select("main section.app-faq");
		assertThat(entries.eachAttr("id")).containsExactly("official-website", "without-application-number",
				"status-update-time", "is-it-safe", "additional-documents-required", "someone-else", "fees",
				"technical-issues");
		for (int i = 0; i < 8; i++) {
			assertThat(entries.get(i).select("h2").text()).isEqualTo(SEED.faq().get(i).get(0));
			assertThat(entries.get(i).select("p.app-faq__answer").text()).isEqualTo(SEED.faq().get(i).get(1));
		}
		assertThat(page.select("nav.app-contents a").eachAttr("href")).hasSize(8).allMatch((h) -> h.startsWith("#"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/steps", "/methods", "/mistakes", "/checklist", "/verification", "/faq",
			"/waiting", "/search?q=captcha", "/checklist/print" })
	void everyPageSaysItIsUnofficialAndLinksToTheOfficialSources(String url) throws Exception {
		Document page = page(url);
		assertThat(page.text()).contains("Unofficial guide — not affiliated with the Presidency of Migration Management");
		assertThat(page.select("a[href=https://e-ikamet.goc.gov.tr]")).isNotEmpty();
		assertThat(page.select("a.app-skip-link[href=#main-content]")).hasSize(1);
		assertThat(page.select("#main-content")).hasSize(1);
		assertThat(page.select("link[rel=stylesheet]").attr("href")).matches("/css/app-[0-9a-f]{32}\\.css");
		if (!url.startsWith("/checklist/print")) {
			assertThat(page.select("a[href=https://www.goc.gov.tr]")).isNotEmpty();
			assertThat(page.select("nav.app-nav a").eachAttr("href")).containsExactly("/", "/steps", "/methods",
					"/mistakes", "/checklist", "/verification", "/faq", "/waiting", "/tracker");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/steps", "/methods", "/mistakes", "/checklist", "/verification", "/faq", "/waiting" })
	void everyGuidePageShowsWhenItWasLastReviewedAndMarksItselfInTheNavigation(String url) throws Exception {
		Document page = page(url);
		assertThat(page.select("footer time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(page.select("nav.app-nav a[aria-current=page]").attr("href")).isEqualTo(url);
	}

	@Test
	void errataAreShownBesideThePassagesTheyConcernWithTheirSources() throws Exception {
		Document steps = page("/steps");
		Element noteOnStep2 = steps.selectFirst("#step-2 .app-note[role=note]");
		assertThat(noteOnStep2.text()).contains("does not use a password", "captcha");
		assertThat(noteOnStep2.select("a").attr("href")).isEqualTo("https://e-ikamet.goc.gov.tr");
		assertThat(steps.select("#step-1 .app-note[role=note]").text()).contains("Presidency of Migration Management");
		assertThat(steps.select("#step-4 .app-note[role=note]").text()).contains("YİMER 157");
		Document methods = page("/methods");
		assertThat(methods.select(".app-note[role=note]").eachAttr("id")).contains("note-pmm", "note-status-query",
				"note-yimer-157");
	}

	@Test
	void searchFindsPassagesAcrossPagesAndHighlightsTheMatch() throws Exception {
		Document page = search("captcha");
		Elements results = page.select("ol.app-results > li");
		assertThat(results).isNotEmpty();
		assertThat(results.select("a").eachAttr("href")).contains("/#note-status-query");
		assertThat(results.select("mark").eachText()).allMatch((m) -> m.equalsIgnoreCase("captcha"));

		Document fees = search("FEES official");
		assertThat(fees.select("ol.app-results a").eachAttr("href")).contains("/faq#fees");
		assertThat(fees.select("ol.app-results mark").eachText()).anyMatch((m) -> m.equalsIgnoreCase("fees"));
	}

	@Test
	void searchShowsMarkupInTheQueryAsText() throws Exception {
		Document page = search("<script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("main h2").first().text()).contains("<script>alert(1)</script>");
	}

	@Test
	void emptyAndFruitlessSearchesGetAHelpfulPage() throws Exception {
		Document empty = page("/search");
		assertThat(empty.select("main input[name=q]")).hasSize(1);
		assertThat(empty.select("main ol.app-results")).isEmpty();
		assertThat(empty.select("main ul.app-link-list a")).hasSize(7);

		Document none = search("xylophone");
		// The query is bidi-isolated (FSI … PDI), so that it keeps its punctuation inside a sentence of either direction.
		assertThat(none.select("main h2").first().text()).isEqualTo("No results for “\u2068xylophone\u2069”");
		assertThat(none.select("main ul.app-link-list a")).hasSize(7);
	}

	private Document search(String query) throws Exception {
		return html(mvc.perform(get("/search").param("q", query)).andExpect(status().isOk()));
	}

	private Document page(String url) throws Exception {
		return html(mvc.perform(get(url)).andExpect(status().isOk()));
	}

}
