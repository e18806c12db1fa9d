package org.ikametguide.tracker;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wait as a picture (issue 14 §3), as a reader sees it: a server-drawn bar with the 90-day mark (and 180 where
 * YİMER's guidance applies), a mark per change of status, today's position, mirrored on right-to-left pages, and a
 * caption that says the same in the reader's language.
 */
class WaitingBarTests extends TrackerWebTest {

	@Autowired
	private MessageSource messages;

	@Autowired
	private StatusTexts statusTexts;

	/** Submitted 40 days ago (the fixtures'), seen in review three days running, then documents asked for. */
	private long waitingApplication(AccountPrincipal owner) {
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, TrackerFixtures.today().minusDays(40), null);
		for (int day = 12; day >= 10; day--) {
			fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today().minusDays(day), null);
		}
		fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, TrackerFixtures.today().minusDays(2),
				null);
		return id;
	}

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void theApplicationPageDrawsTheWaitAndSaysItInWords(String language) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = waitingApplication(owner);
		Document page = html(mvc.perform(get("/tracker/applications/" + id).param("lang", language).with(user(owner)))
			.andExpect(status().isOk()));
		Locale locale = Languages.locale(language);

		Element figure = page.selectFirst("main figure.app-wait");
		assertThat(figure).isNotNull();
		Element svg = figure.selectFirst("svg");
		assertThat(svg.attr("aria-hidden")).isEqualTo("true");
		assertThat(svg.selectFirst("g").attr("transform"))
			.isEqualTo(Languages.isRightToLeft(language) ? "matrix(-1 0 0 1 1000 0)" : "");
		// 40 days on a scale of 100 (90 and a tenth, up to whole tens) drawn 1000 wide: the 90-day mark at 900.
		assertThat(svg.select(".app-wait__limit").eachAttr("x1")).containsExactly("900.0");
		assertThat(svg.select(".app-wait__today").attr("x1")).isEqualTo("400.0");
		assertThat(svg.select(".app-wait__elapsed").attr("width")).isEqualTo("400.0");
		// Three changes of status (days 0, 28 and 38), not five entries.
		assertThat(svg.select(".app-wait__mark").eachAttr("x1")).containsExactly("0.0", "280.0", "380.0");

		String caption = figure.selectFirst("figcaption").text();
		assertThat(caption).contains(messages.getMessage("tracker.bar.today", new Object[] { 40 }, locale),
				messages.getMessage("tracker.bar.left", new Object[] { 50, 90 }, locale));
		var texts = statusTexts.forLocale(language);
		assertThat(figure.select(".app-wait__marks-item").eachText()).containsExactly(
				texts.get(ApplicationStatus.SUBMITTED).label() + " "
						+ messages.getMessage("tracker.bar.mark", new Object[] { 0 }, locale),
				texts.get(ApplicationStatus.IN_REVIEW).label() + " "
						+ messages.getMessage("tracker.bar.mark", new Object[] { 28 }, locale),
				texts.get(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED).label() + " "
						+ messages.getMessage("tracker.bar.mark", new Object[] { 38 }, locale));
		assertThat(page.select("main .app-wait__key").text())
			.contains(messages.getMessage("tracker.bar.key.limit90", null, locale))
			.doesNotContain(messages.getMessage("tracker.bar.key.limit180", null, locale));
		assertThat(page.select("main .app-wait__key a").eachAttr("href"))
			.containsExactly("https://www.resmigazete.gov.tr/eskiler/2013/04/20130411-2.htm");
	}

	@Test
	void longTermPermitsInIstanbulShowThe180DayGuidanceAndTheDaysPastEachMark() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Long-term", PermitType.LONG_TERM, ApplicationKind.FIRST, TrackerFixtures.today().minusDays(120),
				"İSTANBUL", null));
		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))).andExpect(status().isOk()));
		assertThat(page.select("main figure.app-wait .app-wait__limit")).hasSize(2);
		assertThat(page.select("main figure.app-wait figcaption").text()).contains("Today is day 120 since submission.",
				"30 days past the 90-day mark.", "60 days until the 180-day mark.");
		assertThat(page.select("main .app-wait__key").text()).contains("180 days");
		assertThat(page.select("main .app-wait__key a").eachAttr("href")).contains("https://www.yimer.gov.tr/TR/Index");
	}

	@Test
	void theOverviewDrawsABarPerApplicationWithItsCurrentStatus() throws Exception {
		AccountPrincipal owner = fixtures.account();
		waitingApplication(owner);
		fixtures.application(owner);
		Document page = html(mvc.perform(get("/tracker").with(user(owner))).andExpect(status().isOk()));
		List<Element> figures = page.select("main tbody figure.app-wait");
		assertThat(figures).hasSize(2);
		assertThat(figures).allSatisfy((figure) -> assertThat(figure.select("figcaption").text())
			.contains("Today is day 40 since submission.", "50 days until the 90-day mark."));
		assertThat(page.select("main tbody .app-wait__mark")).hasSize(1);
		assertThat(page.select("main .app-wait__key")).hasSize(1);
	}

	@Test
	void aDecidedApplicationIsNoLongerComparedWithTheMarks() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.CARD_RECEIVED, TrackerFixtures.today(), null);
		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))).andExpect(status().isOk()));
		assertThat(page.select("main figure.app-wait figcaption").text()).contains("Today is day 40")
			.doesNotContain("90-day mark");
	}

}
