package org.ikametguide.tracker;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /tracker: the empty state, one row per application with what matters now, and no N+1 however much is stored. */
class TrackerOverviewTests extends TrackerWebTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void aNewUserSeesWhatTheTrackerIsForAndHowToStart() throws Exception {
		AccountPrincipal owner = fixtures.account();
		Document page = html(mvc.perform(get("/tracker").with(user(owner))).andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("My tracker");
		assertThat(page.select(".app-empty h2").text()).isEqualTo("You are not tracking any application yet");
		assertThat(page.select(".app-empty").text()).contains("forgets the earlier ones", "Only you can see it");
		assertThat(page.select(".app-empty ol li")).hasSize(3);
		assertThat(page.select("main a[href=/tracker/applications/new]")).isNotEmpty();
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select(".app-wait__key")).as("no key to bars the page does not show").isEmpty();
		assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("My tracker");
	}

	@Test
	void eachApplicationShowsItsCurrentStatusWaitingTimeNextDeadlineAndLastUpdate() throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate today = TrackerFixtures.today();
		long overdue = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Overdue documents", PermitType.STUDENT, ApplicationKind.FIRST, today.minusDays(50), null, null));
		tracker.addEntry(owner.getAccountId(), overdue,
				new EntryDetails(ApplicationStatus.SUBMITTED, today.minusDays(50), null, null));
		tracker.addEntry(owner.getAccountId(), overdue,
				new EntryDetails(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, today.minusDays(33), null,
						today.minusDays(3)));
		long soon = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Appointment soon", PermitType.FAMILY, ApplicationKind.FIRST, today.minusDays(3), null, null));
		tracker.addEntry(owner.getAccountId(), soon,
				new EntryDetails(ApplicationStatus.APPOINTMENT_SCHEDULED, today, null, today.plusDays(7)));
		long calm = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Nothing due", PermitType.LONG_TERM, ApplicationKind.FIRST, today.minusDays(100), "İSTANBUL", null));

		long longWait = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Long wait", PermitType.FAMILY, ApplicationKind.FIRST, today.minusDays(120), "Antalya", null));

		Document page = html(mvc.perform(get("/tracker").with(user(owner))).andExpect(status().isOk()));
		assertThat(page.select("table caption").text()).isEqualTo("Your applications");
		assertThat(row(page, longWait).text()).contains("120 days since submission", "More than 90 days");
		Element overdueRow = row(page, overdue);
		assertThat(overdueRow.hasClass("app-tracker-table__row--attention")).isTrue();
		assertThat(overdueRow.text()).contains("Additional documents required (eksik belge)", "2 entries",
				"50 days since submission", "Date passed", "Missing documents due", "3 days ago", "today");
		assertThat(overdueRow.select(".app-deadline time").attr("datetime")).isEqualTo(today.plusDays(-3).toString());
		Element soonRow = row(page, soon);
		assertThat(soonRow.hasClass("app-tracker-table__row--attention")).isTrue();
		assertThat(soonRow.text()).contains("Appointment scheduled", "Soon", "in 7 days");
		Element calmRow = row(page, calm);
		assertThat(calmRow.hasClass("app-tracker-table__row--attention")).isFalse();
		assertThat(calmRow.text()).contains("No status recorded yet", "no entries", "100 days since submission",
				"None").doesNotContain("More than");
		assertThat(page.select("tbody th a").eachText()).containsExactly("Appointment soon", "Overdue documents",
				"Nothing due", "Long wait");
	}

	@Test
	void theCurrentStatusIsTheLatestDaySeenThenTheLastRecorded() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate today = TrackerFixtures.today();
		fixtures.entry(owner, id, ApplicationStatus.CARD_RECEIVED, today.minusDays(1), null);
		fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, today.minusDays(9), null);
		fixtures.entry(owner, id, ApplicationStatus.HANDED_TO_PTT, today.minusDays(1), null);
		assertThat(row(html(mvc.perform(get("/tracker").with(user(owner)))), id).text())
			.contains("Card handed to PTT", "3 entries")
			.doesNotContain("Card received");
		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))));
		assertThat(page.select(".app-current__label").text()).startsWith("Card handed to PTT");
		assertThat(page.select(".app-timeline__status").eachText())
			.containsExactly("Card handed to PTT (PTT'ye teslim edildi)", "Card received", "Submitted");
	}

	@Test
	void lastUpdatedCountsDaysSinceTheLatestChange() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		Instant tenDaysAgo = Instant.now().minusSeconds(10 * 86400 + 60);
		jdbc.update("update tracked_application set updated_at = ? where id = ?", Timestamp.from(tenDaysAgo), id);
		assertThat(row(html(mvc.perform(get("/tracker").with(user(owner)))), id).text()).contains("10 days ago");
		fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today().minusDays(4), null);
		assertThat(row(html(mvc.perform(get("/tracker").with(user(owner)))), id).text()).contains("In review")
			.doesNotContain("10 days ago");
	}

	@Test
	void theEntryCountAndLastUpdateFollowEveryAddEditAndDeleteOfAnEntry() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate today = TrackerFixtures.today();
		long first = fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, today.minusDays(20), null);
		fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, today.minusDays(10), null);
		assertThat(row(html(mvc.perform(get("/tracker").with(user(owner)))), id).text()).contains("2 entries");

		changedTenDaysAgo(id);
		assertThat(lastUpdated(owner, id)).isEqualTo("10 days ago");
		tracker.updateEntry(owner.getAccountId(), id, first, version(first),
				new EntryDetails(ApplicationStatus.SUBMITTED, today.minusDays(21), "Corrected the day", null));
		assertThat(lastUpdated(owner, id)).isEqualTo("today");

		changedTenDaysAgo(id);
		tracker.deleteEntry(owner.getAccountId(), id, first, version(first));
		Element row = row(html(mvc.perform(get("/tracker").with(user(owner)))), id);
		assertThat(row.text()).contains("1 entry", "In review");
		assertThat(row.select("td").last().text()).as("a deletion is a change too").isEqualTo("today");
	}

	@Test
	void fiftyApplicationsWithFiftyEntriesEachTakeABoundedNumberOfStatements() throws Exception {
		AccountPrincipal small = fixtures.account();
		insertApplicationsWithEntries(small, 1, 1);
		AccountPrincipal large = fixtures.account();
		insertApplicationsWithEntries(large, 50, 50);
		LocalDate today = TrackerFixtures.today();
		mvc.perform(get("/tracker").with(user(small))).andExpect(status().isOk());

		long smallStatements = statementsFor(small);
		long largeStatements = statementsFor(large);

		// No N+1: the same few statements for 1 application with 1 entry as for 50 with 50 each.
		assertThat(largeStatements).isEqualTo(smallStatements).isLessThanOrEqualTo(5);
		Document page = html(mvc.perform(get("/tracker").with(user(large))).andExpect(status().isOk()));
		assertThat(page.select("tbody tr")).hasSize(50);
		// The current entry is the newest one of each application, and its due date is the next deadline.
		assertThat(page.select("tbody tr").first().text()).contains("50 entries", "Appointment scheduled");
		assertThat(page.select("tbody tr .app-deadline time").first().attr("datetime"))
			.isEqualTo(today.plusDays(3).toString());
	}

	private void changedTenDaysAgo(long applicationId) {
		Timestamp tenDaysAgo = Timestamp.from(Instant.now().minusSeconds(10 * 86400 + 60));
		jdbc.update("update tracked_application set updated_at = ?, entries_changed_at = ? where id = ?", tenDaysAgo,
				tenDaysAgo, applicationId);
	}

	private String lastUpdated(AccountPrincipal owner, long applicationId) throws Exception {
		return row(html(mvc.perform(get("/tracker").with(user(owner)))), applicationId).select("td").last().text();
	}

	private long version(long entryId) {
		return jdbc.queryForObject("select version from status_entry where id = ?", Long.class, entryId);
	}

	private long statementsFor(AccountPrincipal owner) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		mvc.perform(get("/tracker").with(user(owner))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount() - before;
	}

	/**
	 * Straight SQL, so that setting up 2,500 entries takes a moment rather than a minute; each application carries
	 * its entries' count and latest change, as the app's writes keep them.
	 */
	private void insertApplicationsWithEntries(AccountPrincipal owner, int applications, int entries) {
		LocalDate today = TrackerFixtures.today();
		Timestamp now = Timestamp.from(Instant.now());
		for (int a = 0; a < applications; a++) {
			jdbc.update("insert into tracked_application (owner_id, application_number, label, permit_type, "
					+ "application_kind, submitted_on, office, valid_until, created_at, updated_at, version, "
					+ "entry_count, entries_changed_at) values (?, ?, ?, 'FAMILY', 'FIRST', ?, null, ?, ?, ?, 0, ?, ?)",
					owner.getAccountId(), TrackerFixtures.uniqueNumber(), "Application " + a,
					Date.valueOf(today.minusDays(200)), Date.valueOf(today.plusDays(300)), now, now, entries, now);
			Long id = jdbc.queryForObject("select max(id) from tracked_application where owner_id = ?", Long.class,
					owner.getAccountId());
			List<Object[]> rows = new ArrayList<>();
			for (int e = 0; e < entries; e++) {
				boolean newest = e == entries - 1;
				rows.add(new Object[] { id, newest ? "APPOINTMENT_SCHEDULED" : "IN_REVIEW",
						Date.valueOf(today.minusDays(entries - e)), "note " + e,
						newest ? Date.valueOf(today.plusDays(3)) : null, now, now });
			}
			jdbc.batchUpdate("insert into status_entry (application_id, status, seen_on, note, due_date, "
					+ "due_date_suggested, created_at, updated_at, version) values (?, ?, ?, ?, ?, false, ?, ?, 0)",
					rows);
		}
	}

	private static Element row(Document page, long applicationId) {
		return page.selectFirst("a[href=/tracker/applications/" + applicationId + "]").closest("tr");
	}

}
