package org.ikametguide.tracker;

import java.util.Locale;

import org.jsoup.nodes.Document;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records to print (issue 14 §2), as their owner gets them in every language: details, current status with its
 * meaning and next step, deadlines, every entry of the timeline, the unofficial notice and the day printed; relative
 * links only, whatever the request's headers say.
 */
class TrackerPrintTests extends TrackerWebTest {

	private static final int ENTRIES = 25;

	@Autowired
	private MessageSource messages;

	@Autowired
	private StatusTexts statusTexts;

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void theRecordHoldsEveryEntryTheNoticeAndTheDayPrinted(String language) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		for (int day = ENTRIES; day >= 1; day--) {
			fixtures.entry(owner, id, (day == 1) ? ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED
					: ApplicationStatus.IN_REVIEW, TrackerFixtures.today().minusDays(day), "note of day " + day);
		}
		Document page = html(mvc.perform(get("/tracker/applications/" + id + "/print").param("lang", language)
			.with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store")));
		Locale locale = Languages.locale(language);

		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("html").attr("dir")).isEqualTo(Languages.isRightToLeft(language) ? "rtl" : "ltr");
		assertThat(page.select("h1").text()).isEqualTo("Family permit");
		assertThat(page.select("main").text()).contains(messages.getMessage("notice.unofficial", null, locale),
				messages.getMessage("tracker.print.ownRecord", null, locale));
		assertThat(page.select(".app-record__printed time").attr("datetime"))
			.isEqualTo(TrackerFixtures.today().toString());
		assertThat(page.select(".app-summary-list").text()).contains(
				tracker.application(owner.getAccountId(), id).getApplicationNumber(), "Ankara");
		StatusText current = statusTexts.forLocale(language).get(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED);
		assertThat(page.select(".app-current__label").text()).isEqualTo(current.label());
		assertThat(page.select(".app-meaning__text").eachText()).containsExactly(current.meaning(), current.next());
		// Missing documents recorded without a date: no date is made up, the record says the notice gives it.
		assertThat(page.select(".app-deadlines time")).isEmpty();
		assertThat(page.select(".app-deadlines").text())
			.contains(messages.getMessage("tracker.deadline.noDate", null, locale));
		assertThat(page.select("table.app-record__timeline thead th")).hasSize(4);
		assertThat(page.select("table.app-record__timeline tbody tr")).hasSize(ENTRIES);
		assertThat(page.select(".app-record__note").eachText()).first().isEqualTo("note of day " + ENTRIES);
		assertThat(page.select(".app-record__note").eachText()).last().isEqualTo("note of day 1");
		assertThat(page.select("figure.app-wait")).hasSize(1);
	}

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void theOverviewPrintHoldsEveryApplication(String language) throws Exception {
		AccountPrincipal owner = fixtures.account();
		for (int i = 0; i < 3; i++) {
			long id = fixtures.application(owner);
			fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, TrackerFixtures.today().minusDays(30), null);
		}
		Document page = html(mvc.perform(get("/tracker/print").param("lang", language).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "private, no-store")));
		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("tbody tr")).hasSize(3);
		assertThat(page.select("tbody figure.app-wait")).hasSize(3);
		assertThat(page.select("main").text())
			.contains(messages.getMessage("notice.unofficial", null, Languages.locale(language)));
		assertThat(page.select(".app-record__printed time").attr("datetime"))
			.isEqualTo(TrackerFixtures.today().toString());
	}

	@Test
	void anEmptyTrackersOverviewPrintSaysSoWithoutATableOrAKeyToBarsItDoesNotShow() throws Exception {
		AccountPrincipal owner = fixtures.account();
		Document page = html(mvc.perform(get("/tracker/print").with(user(owner))).andExpect(status().isOk()));
		assertThat(page.select("main").text())
			.contains(messages.getMessage("tracker.empty.title", null, Locale.ENGLISH));
		assertThat(page.select("main table, main .app-wait__key")).isEmpty();
	}

	@Test
	void anotherOwnersRecordIsNotFoundAndTheirOverviewPrintIsTheirOwn() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		AccountPrincipal intruder = fixtures.account();
		mvc.perform(get("/tracker/applications/" + id + "/print").with(user(intruder)))
			.andExpect(status().isNotFound());
		Document theirs = html(mvc.perform(get("/tracker/print").with(user(intruder))).andExpect(status().isOk()));
		assertThat(theirs.select("main").text())
			.doesNotContain(tracker.application(owner.getAccountId(), id).getApplicationNumber());
		assertThat(theirs.select("tbody tr")).isEmpty();
	}

	@Test
	void linksAreRelativeWhateverTheRequestClaimsItsHostIs() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		for (String url : new String[] { "/tracker/applications/" + id + "/print", "/tracker/print" }) {
			String body = mvc.perform(get(url).with(user(owner))
				.header("Host", "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(url).doesNotContain("evil.example").doesNotContain("localhost");
		}
	}

	@Test
	void theApplicationPageAndTheOverviewLinkToTheirPrints() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		assertThat(html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))))
			.select("main a[href=/tracker/applications/" + id + "/print]")).hasSize(1);
		assertThat(html(mvc.perform(get("/tracker").with(user(owner)))).select("main a[href=/tracker/print]"))
			.hasSize(1);
	}

}
