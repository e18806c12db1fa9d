package org.ikametguide.tracker;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ikametguide.guide.GuideContent;
import org.ikametguide.guide.GuidePages;
import org.ikametguide.guide.GuideService;
import org.ikametguide.guide.ItemKind;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every status has its label, meaning and next step in the content store (not in messages), and each points to a
 * guide passage that exists, so the link on the application page never leads nowhere.
 */
class StatusContentTests extends TrackerWebTest {

	@Autowired
	private GuideService guide;

	@Autowired
	private StatusTexts statusTexts;

	@Test
	void everyStatusHasLabelMeaningAndNextStepInEnglish() {
		GuideContent.Section section = guide.content("en").section("statuses");
		assertThat(section.itemsOf(ItemKind.STATUS)).hasSize(ApplicationStatus.values().length).hasSize(12);
		for (ApplicationStatus status : ApplicationStatus.values()) {
			GuideContent.Item item = section.item(status.contentKey());
			assertThat(item.text("title")).as(status.name()).isNotBlank();
			assertThat(item.text("body")).as(status.name()).hasSizeGreaterThan(40);
			assertThat(item.text("next")).as(status.name()).hasSizeGreaterThan(40);
			assertThat(item.refs()).as(status.name()).hasSize(1);
		}
	}

	@Test
	void everyStatusLinksToAGuidePassageThatExists() throws Exception {
		GuideContent content = guide.content("en");
		Map<ApplicationStatus, StatusText> texts = statusTexts.forLocale("en");
		for (StatusText text : texts.values()) {
			String href = text.guideHref();
			String page = href.substring(0, href.indexOf('#'));
			String anchor = href.substring(href.indexOf('#') + 1);
			assertThat(html(mvc.perform(get(page))).getElementById(anchor)).as(href).isNotNull();
			assertThat(text.guideTitle()).isNotBlank();
		}
		assertThat(texts.get(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED).guideHref())
			.isEqualTo("/waiting#missing-documents");
		assertThat(texts.get(ApplicationStatus.NOT_FOUND).guideHref()).isEqualTo("/methods#phone");
		assertThat(texts.get(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED).guideTitle())
			.isEqualTo(content.section("waiting").item("missing-documents").text("title"));
		assertThat(texts.get(ApplicationStatus.HANDED_TO_PTT).guideHref()).isEqualTo("/waiting#card");
		assertThat(texts.get(ApplicationStatus.APPOINTMENT_SCHEDULED).guideHref())
			.isEqualTo("/waiting#missed-appointment");
	}

	/**
	 * Statuses are translated (V11–V15): each language shows its own text (no fallback lang), and keeps the portal's Turkish
	 * wording where the English quotes it. (The English fallback of a missing translation: FallbackDirectionTests.)
	 */
	@Test
	void statusesAreShownInTheReadersLanguageWithThePortalsTurkishWording() {
		StatusText turkish = statusTexts.forLocale("tr").get(ApplicationStatus.IN_REVIEW);
		assertThat(turkish.label()).isEqualTo("İncelemede");
		assertThat(turkish.lang()).isNull();
		for (String language : new String[] { "ar", "fa", "ru", "zh" }) {
			StatusText text = statusTexts.forLocale(language).get(ApplicationStatus.IN_REVIEW);
			assertThat(text.lang()).as(language).isNull();
			assertThat(text.label()).as(language).contains("İncelemede").isNotEqualTo(turkish.label());
		}
	}

	@Test
	void statusesAreNotAGuidePageAndNotSearched() throws Exception {
		assertThat(GuidePages.SECTIONS).doesNotContain("statuses");
		String results = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/search")
				.param("q", "baskı aşamasında"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).doesNotContain("card is being printed");
	}

}
