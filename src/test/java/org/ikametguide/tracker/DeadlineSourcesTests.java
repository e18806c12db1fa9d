package org.ikametguide.tracker;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deadlines are never invented, and dates and periods that follow from a rule show their source, in every language:
 * on the application page, on the overview and in the calendar file.
 */
class DeadlineSourcesTests extends TrackerWebTest {

	private static final String LAW = "https://www.resmigazete.gov.tr/eskiler/2013/04/20130411-2.htm";

	private static final String YIMER = "https://www.yimer.gov.tr/TR/Index";

	/** How each language said, before, that YİMER's 180 days were the law's. */
	private static final Map<String, List<String>> STATUTORY = Map.of("en", List.of("statutory", "law allows"), "tr",
			List.of("yasal süre", "kanun, dosya"), "ar", List.of("المدة القانونية", "يمنح القانون"), "fa",
			List.of("مهلت قانونی", "قانون پس از"), "ru", List.of("установленного законом срока", "закон отводит"),
			"zh", List.of("法定", "法律规定材料齐全后"));

	@Autowired
	private MessageSource messages;

	@ParameterizedTest
	@ValueSource(strings = { "en", "tr", "ar", "fa", "ru", "zh" })
	void missingDocumentsWithoutADateGetNoMadeUpDeadlineAnywhere(String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate seen = TrackerFixtures.today().minusDays(4);
		mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("lang", lang)
			.param("status", "ADDITIONAL_DOCUMENTS_REQUIRED")
			.param("date", seen.toString()))
			.andExpect(status().is3xxRedirection());
		long entryId = tracker.dated(owner.getAccountId(), id).current().getId();

		Document page = page("/tracker/applications/" + id, owner, lang);
		Element deadline = page.selectFirst(".app-deadlines__item");
		assertThat(page.select(".app-deadlines time")).as("no date in the deadlines").isEmpty();
		assertThat(deadline.selectFirst(".app-tag").text()).isEqualTo(message("tracker.deadline.urgency.NOW", lang));
		assertThat(deadline.text()).contains(message("tracker.deadline.type.DOCUMENTS", lang),
				message("tracker.deadline.noDate", lang));
		Element ask = deadline.selectFirst(".app-deadlines__ask");
		assertThat(ask.text()).contains(message("tracker.documents.notice", lang, 30));
		assertThat(ask.select("a[href]").eachAttr("href")).containsExactly(
				"/tracker/applications/" + id + "/entries/" + entryId + "/edit#dueDate", YIMER);
		assertThat(page.html()).doesNotContain(seen.plusDays(30).toString());

		Document overview = page("/tracker", owner, lang);
		Element row = overview.selectFirst("tr.app-table__row:has(a[href=/tracker/applications/" + id + "])");
		assertThat(row.classNames()).contains("app-tracker-table__row--attention");
		assertThat(row.select(".app-tag").text()).isEqualTo(message("tracker.deadline.urgency.NOW", lang));
		assertThat(row.select("time").eachAttr("datetime")).containsExactly(seen.toString());

		assertThat(calendar(owner, id, lang)).extracting((event) -> value(event, Property.DTSTART))
			.as("only the day of submission")
			.containsExactly(basic(TrackerFixtures.today().minusDays(40)));

		// The date from the notice, entered on the entry's form, is the deadline from then on.
		LocalDate noticeDeadline = TrackerFixtures.today().plusDays(20);
		mvc.perform(post("/tracker/applications/" + id + "/entries/" + entryId + "/edit").with(user(owner))
			.with(csrf())
			.param("lang", lang)
			.param("version", "0")
			.param("status", "ADDITIONAL_DOCUMENTS_REQUIRED")
			.param("date", seen.toString())
			.param("dueDate", noticeDeadline.toString()))
			.andExpect(status().is3xxRedirection());
		Document dated = page("/tracker/applications/" + id, owner, lang);
		assertThat(dated.select(".app-deadlines time").eachAttr("datetime")).containsExactly(noticeDeadline.toString());
		assertThat(dated.select(".app-deadlines .app-tag, .app-deadlines__ask")).isEmpty();
		List<VEvent> events = calendar(owner, id, lang);
		assertThat(events).extracting((event) -> value(event, Property.DTSTART)).contains(basic(noticeDeadline));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "tr", "ar", "fa", "ru", "zh" })
	void theExtensionWindowShowsItsSourceOnThePageAndInTheCalendar(String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate validUntil = TrackerFixtures.today().plusDays(100);
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Student permit", PermitType.STUDENT, ApplicationKind.EXTENSION, TrackerFixtures.today().minusDays(5),
				"Ankara", validUntil));

		Document page = page("/tracker/applications/" + id, owner, lang);
		Element deadlines = page.selectFirst("section[aria-labelledby=deadlines-title]");
		assertThat(deadlines.select("time").eachAttr("datetime")).containsExactly(validUntil.minusDays(60).toString(),
				validUntil.toString());
		assertThat(deadlines.text()).contains(message("tracker.deadline.extensionRule", lang, 60),
				message("tracker.source.lawExtension", lang));
		assertThat(deadlines.select("a[rel=external]").eachAttr("href")).containsExactly(LAW, YIMER);

		VEvent window = calendar(owner, id, lang).stream()
			.filter((event) -> value(event, Property.DTSTART).equals(basic(validUntil.minusDays(60))))
			.findFirst()
			.orElseThrow();
		assertThat(value(window, Property.DESCRIPTION)).contains(message("tracker.source.lawExtension", lang), LAW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "tr", "ar", "fa", "ru", "zh" })
	void oneHundredAndEightyDaysAreYimersGuidanceNotTheLaw(String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long longTerm = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Long-term", PermitType.LONG_TERM, ApplicationKind.FIRST, TrackerFixtures.today().minusDays(200),
				"İstanbul", null));
		long family = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Family", PermitType.FAMILY, ApplicationKind.FIRST, TrackerFixtures.today().minusDays(100), "Ankara",
				null));

		Element guidance = page("/tracker/applications/" + longTerm, owner, lang)
			.selectFirst("section[aria-labelledby=waiting-title]");
		assertThat(guidance.text()).contains(message("tracker.waiting.periodLong", lang, 180), "YİMER");
		assertThat(guidance.select(".app-sources a[rel=external]").eachAttr("href")).containsExactly(YIMER);
		Element law = page("/tracker/applications/" + family, owner, lang)
			.selectFirst("section[aria-labelledby=waiting-title]");
		assertThat(law.text()).contains(message("tracker.waiting.period", lang, 90),
				message("tracker.source.lawDecision", lang));
		assertThat(law.select(".app-sources a[rel=external]").eachAttr("href")).containsExactly(LAW, YIMER);

		Element row = page("/tracker", owner, lang)
			.selectFirst("tr.app-table__row:has(a[href=/tracker/applications/" + longTerm + "])");
		for (String statutory : STATUTORY.get(lang)) {
			assertThat(guidance.text() + " " + row.text()).doesNotContainIgnoringCase(statutory);
		}
		assertThat(row.select(".app-tracker-table__beyond").text()).isEqualTo(message("tracker.overview.beyond", lang,
				180));
	}

	private Document page(String path, AccountPrincipal owner, String lang) throws Exception {
		return html(mvc.perform(get(path).param("lang", lang).with(user(owner))).andExpect(status().isOk()));
	}

	private List<VEvent> calendar(AccountPrincipal owner, long id, String lang) throws Exception {
		String ics = mvc
			.perform(get("/tracker/applications/" + id + "/calendar.ics").param("lang", lang).with(user(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().getEntries()).isEmpty();
		return calendar.getComponents("VEVENT");
	}

	private String message(String key, String lang, Object... arguments) {
		Locale locale = Languages.locale(lang);
		return messages.getMessage(key, arguments, locale);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse("");
	}

	private static String basic(LocalDate date) {
		return date.toString().replace("-", "");
	}

}
