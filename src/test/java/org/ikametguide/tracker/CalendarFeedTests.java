package org.ikametguide.tracker;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.account.UserAccountRepository;
import org.ikametguide.system.Dates;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calendar subscriptions as their owner and a calendar program meet them: the address shown once on the page, in every
 * language; the feed fetched without a session, parsed and validated with ical4j; a new status's deadline in the next
 * fetch; revoke, turning off and deletion answering 404; labels only; the limit per address.
 */
@ExtendWith(OutputCaptureExtension.class)
class CalendarFeedTests extends TrackerWebTest {

	private static final Pattern ADDRESS = Pattern.compile("^http://localhost:8080/feed/([A-Za-z0-9_-]{43})\\.ics$");

	@Autowired
	private MessageSource messages;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private Dates dates;

	@Test
	void theApplicationPageShowsANewAddressOnceWithHowToAddItInEveryLanguage() throws Exception {
		AccountPrincipal owner = fixtures.account();
		for (String lang : Languages.SUPPORTED) {
			String page = "/tracker/applications/" + fixtures.application(owner);
			Locale locale = Locale.forLanguageTag(lang);
			Document before = html(mvc.perform(get(page).param("lang", lang).with(user(owner))));
			assertThat(before.select("#calendar-feed h2").text()).isEqualTo(message("tracker.feed.title", locale));
			assertThat(before.select("#calendar-feed #feed-address")).isEmpty();
			assertThat(before.select("#calendar-feed button").text()).isEqualTo(message("tracker.feed.make", locale));

			MvcResult made = mvc.perform(post(page + "/feed").param("lang", lang).with(user(owner)).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			assertThat(made.getResponse().getRedirectedUrl()).isEqualTo(page + "#calendar-feed");
			Document shown = html(mvc.perform(get(page).param("lang", lang)
				.with(user(owner))
				.with(sessionOf(made))
				.flashAttrs(made.getFlashMap())));
			assertThat(shown.select("html").attr("lang")).isEqualTo(lang);
			assertThat(shown.select("html").attr("dir")).isEqualTo(Languages.isRightToLeft(lang) ? "rtl" : "ltr");
			String address = shown.select("#calendar-feed input#feed-address").attr("value");
			assertThat(address).matches(ADDRESS);
			assertThat(shown.select("#calendar-feed input#feed-address").attr("dir")).isEqualTo("ltr");
			assertThat(shown.select("label[for=feed-address]").text()).isEqualTo(message("tracker.feed.address", locale));
			assertThat(shown.select("#calendar-feed a[href^=webcal://localhost:8080/feed/]").text())
				.isEqualTo(message("tracker.feed.open", locale));
			assertThat(shown.select("#calendar-feed .app-feed__programs li").eachText()).containsExactly(
					message("tracker.feed.how.google", locale), message("tracker.feed.how.apple", locale),
					message("tracker.feed.how.outlook", locale), message("tracker.feed.how.thunderbird", locale));
			assertThat(fetch(tokenOf(address)).getStatus()).isEqualTo(200);

			// Shown once: the next visit says when it was made, and offers a new one and turning it off.
			Document later = html(mvc.perform(get(page).param("lang", lang).with(user(owner))));
			assertThat(later.select("#feed-address")).isEmpty();
			assertThat(later.select("#calendar-feed").text()).doesNotContain(tokenOf(address));
			assertThat(later.select("#calendar-feed p").eachText())
				.contains(message("tracker.feed.exists", locale, formatted(TrackerFixtures.today(), Languages.locale(lang))));
			assertThat(later.select("#calendar-feed button").eachText())
				.containsExactly(message("tracker.feed.renew", locale), message("tracker.feed.remove", locale));
		}
	}

	@Test
	void theFeedIsFetchedWithoutASessionNotStoredAndValidWithTheLabelNeverTheNumberOrNotes() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String note = "private note " + System.nanoTime();
		fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today().minusDays(1), note);
		String token = applicationFeed(owner, id, "en");

		MvcResult result = mvc.perform(get("/feed/" + token + ".ics")).andExpect(status().isOk()).andReturn();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(response.getHeaders("Set-Cookie")).as("no session, no cookie").isEmpty();
		assertThat(result.getRequest().getSession(false)).as("no session made").isNull();
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).doesNotContain(tracker.application(owner.getAccountId(), id).getApplicationNumber())
			.doesNotContain(note)
			.doesNotContain("Ankara");
		Calendar calendar = valid(ics);
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("Family permit — ikamet guide");
		assertThat(calendar.<VEvent>getComponents("VEVENT")).singleElement()
			.satisfies((event) -> assertThat(value(event, Property.SUMMARY))
				.isEqualTo("Application submitted: Family permit"));
	}

	@Test
	void aNewStatusWithADeadlineAppearsInTheNextFetch() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String token = applicationFeed(owner, id, "en");
		assertThat(events(token)).hasSize(1);

		LocalDate appointment = TrackerFixtures.today().plusDays(9);
		mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner))
			.with(csrf())
			.param("status", "APPOINTMENT_SCHEDULED")
			.param("date", TrackerFixtures.today().toString())
			.param("dueDate", appointment.toString())).andExpect(status().is3xxRedirection());

		List<VEvent> events = events(token);
		assertThat(events).hasSize(2);
		VEvent event = events.stream()
			.filter((e) -> value(e, Property.SUMMARY).equals("Migration office appointment: Family permit"))
			.findFirst()
			.orElseThrow();
		assertThat(value(event, Property.DTSTART)).isEqualTo(appointment.toString().replace("-", ""));
		assertThat(event.getAlarms()).hasSize(2);
	}

	@Test
	void theEventsAreInTheLanguageOfThePageTheAddressWasMadeOn() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String token = applicationFeed(owner, id, "tr");
		Locale turkish = Locale.forLanguageTag("tr");
		assertThat(events(token)).singleElement()
			.satisfies((event) -> assertThat(value(event, Property.SUMMARY))
				.isEqualTo(message("tracker.calendar.summary.SUBMITTED", turkish, "Family permit")));
	}

	@Test
	void aNewAddressEndsTheOldOneAtOnceAndTurningOffEndsBoth() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String first = applicationFeed(owner, id, "en");
		assertThat(fetch(first).getStatus()).isEqualTo(200);

		String second = applicationFeed(owner, id, "en");
		assertThat(second).isNotEqualTo(first);
		MockHttpServletResponse revoked = fetch(first);
		assertThat(revoked.getStatus()).isEqualTo(404);
		assertThat(revoked.getHeaders("Set-Cookie")).isEmpty();
		assertThat(fetch(second).getStatus()).isEqualTo(200);

		mvc.perform(post("/tracker/applications/" + id + "/feed/delete").with(user(owner)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(fetch(second).getStatus()).isEqualTo(404);
		assertThat(feedRows(owner)).isZero();
	}

	@Test
	void aDeletedApplicationOrAccountAnswers404() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long kept = fixtures.application(owner);
		long deleted = fixtures.application(owner);
		String applicationToken = applicationFeed(owner, deleted, "en");
		String trackerToken = trackerFeed(owner);
		assertThat(events(trackerToken)).hasSize(2);

		mvc.perform(post("/tracker/applications/" + deleted + "/delete").with(user(owner))
			.with(csrf())
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(fetch(applicationToken).getStatus()).isEqualTo(404);
		assertThat(events(trackerToken)).singleElement()
			.satisfies((event) -> assertThat(value(event, Property.UID)).startsWith("application-" + kept + "-"));

		accounts.deleteAccount(owner.getAccountId());
		assertThat(fetch(trackerToken).getStatus()).isEqualTo(404);
		assertThat(feedRows(owner)).as("the rows went with the account").isZero();
	}

	@Test
	void theTrackerFeedHoldsEveryApplicationByItsLabelOnly() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long first = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Student permit", PermitType.STUDENT, ApplicationKind.FIRST, TrackerFixtures.today().minusDays(3),
				null, null));
		long second = fixtures.application(owner);
		tracker.addEntry(owner.getAccountId(), second, new EntryDetails(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED,
				TrackerFixtures.today(), "secret note", TrackerFixtures.today().plusDays(20)));
		Document overview = html(mvc.perform(get("/tracker").with(user(owner))));
		assertThat(overview.select("#calendar-feed h2").text()).isEqualTo("Follow all your applications in your calendar");

		String token = trackerFeed(owner);
		String ics = fetch(token).getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).doesNotContain(tracker.application(owner.getAccountId(), first).getApplicationNumber())
			.doesNotContain(tracker.application(owner.getAccountId(), second).getApplicationNumber())
			.doesNotContain("secret note");
		Calendar calendar = valid(ics);
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
			.isEqualTo("My applications — ikamet guide");
		assertThat(calendar.<VEvent>getComponents("VEVENT").stream().map((e) -> value(e, Property.SUMMARY)))
			.containsExactlyInAnyOrder("Application submitted: Student permit", "Application submitted: Family permit",
					"Missing documents due: Family permit");
	}

	@Test
	void tokensAreLongRandomAndStoredOnlyAsTheirHash() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String token = applicationFeed(owner, id, "en");
		// 32 random bytes, base64url without padding: 43 characters, 256 bits.
		assertThat(token).hasSize(43);
		List<String> stored = jdbc.queryForList("select token_hash from calendar_feed where owner_id = ?", String.class,
				owner.getAccountId());
		assertThat(stored).containsExactly(CalendarFeeds.hash(token));
		assertThat(jdbc.queryForList("select * from calendar_feed where owner_id = ?", owner.getAccountId()).toString())
			.doesNotContain(token);
	}

	@Test
	void someoneElsesApplicationGetsNoAddress() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		AccountPrincipal other = fixtures.account();
		mvc.perform(post("/tracker/applications/" + id + "/feed").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/tracker/applications/" + id + "/feed/delete").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(feedRows(other)).isZero();
		assertThat(feedRows(owner)).isZero();
	}

	@Test
	void anUnknownOrMalformedAddressGetsTheSitesNotFoundPage() throws Exception {
		for (String path : List.of("/feed/" + "A".repeat(43) + ".ics", "/feed/short.ics", "/feed/%2e%2e.ics",
				"/feed/")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isIn(404, 400);
			assertThat(response.getHeaders("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void fetchesAreLimitedPerAddress() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String limited = applicationFeed(owner, id, "en");
		String other = trackerFeed(owner);
		for (int i = 0; i < FeedRateLimit.LIMIT; i++) {
			assertThat(fetch(limited).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = fetch(limited);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, FeedRateLimit.WINDOW.toSeconds());
		assertThat(fetch(other).getStatus()).as("another address is not limited").isEqualTo(200);
	}

	@Test
	void addressesStayOutOfTheLogs(CapturedOutput output) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String revoked = applicationFeed(owner, id, "en");
		String token = applicationFeed(owner, id, "en");
		for (int i = 0; i <= FeedRateLimit.LIMIT; i++) {
			fetch(token);
		}
		fetch(revoked);
		fetch(token + "-");
		mvc.perform(get("/feed/" + token + "/x.ics"));
		org.slf4j.LoggerFactory.getLogger(CalendarFeeds.class).warn("log-capture-check");
		assertThat(output.getAll()).contains("log-capture-check").doesNotContain(token).doesNotContain(revoked);
	}

	private String applicationFeed(AccountPrincipal owner, long id, String lang) throws Exception {
		return made(mvc.perform(post("/tracker/applications/" + id + "/feed").param("lang", lang)
			.with(user(owner))
			.with(csrf())).andReturn());
	}

	private String trackerFeed(AccountPrincipal owner) throws Exception {
		return made(mvc.perform(post("/tracker/feed").with(user(owner)).with(csrf())).andReturn());
	}

	private static String made(MvcResult result) {
		return tokenOf((String) result.getFlashMap().get("feedAddress"));
	}

	private static String tokenOf(String address) {
		Matcher matcher = ADDRESS.matcher(address);
		assertThat(matcher.matches()).as(address).isTrue();
		return matcher.group(1);
	}

	private MockHttpServletResponse fetch(String token) throws Exception {
		return mvc.perform(get("/feed/" + token + ".ics")).andReturn().getResponse();
	}

	private List<VEvent> events(String token) throws Exception {
		MockHttpServletResponse response = fetch(token);
		assertThat(response.getStatus()).isEqualTo(200);
		return valid(response.getContentAsString(StandardCharsets.UTF_8)).getComponents("VEVENT");
	}

	private static Calendar valid(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().getEntries()).as("what ical4j's validator finds in the feed").isEmpty();
		return calendar;
	}

	private int feedRows(AccountPrincipal owner) {
		return jdbc.queryForObject("select count(*) from calendar_feed where owner_id = ?", Integer.class,
				owner.getAccountId());
	}

	private String formatted(LocalDate date, Locale locale) {
		LocaleContextHolder.setLocale(locale);
		try {
			return dates.format(date);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private static String value(net.fortuna.ical4j.model.Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse(null);
	}

}
