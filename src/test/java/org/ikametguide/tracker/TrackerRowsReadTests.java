package org.ikametguide.tracker;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A long-kept tracker costs no more to look at than a new one: /tracker and an application's page read the rows they
 * show (an application, its current entry, a page of the timeline), not every entry stored. Counted as rows the
 * database reads ({@link RowsRead}, on H2, the default database), not as time. Data comes in through the JSON import,
 * as a person moving a tracker does.
 */
class TrackerRowsReadTests extends TrackerWebTest {

	private static final int ENTRIES = 1500;

	@TestConfiguration
	static class Recording {

		@Bean
		static RowsRead rowsRead() {
			return new RowsRead();
		}

	}

	@Autowired
	private RowsRead rowsRead;

	@Autowired
	private TrackerJson json;

	@Autowired
	private TrackerBackup backup;

	@Test
	void theOverviewReadsAsManyRowsForThousandsOfEntriesAsForOne() throws Exception {
		AccountPrincipal small = fixtures.account();
		importApplications(small, 3, 1);
		AccountPrincipal large = fixtures.account();
		importApplications(large, 3, ENTRIES);

		// Warm: the status texts come from the guide's content, read once and kept.
		mvc.perform(get("/tracker").with(user(small))).andExpect(status().isOk());
		long smallRows = rowsRead.of(() -> mvc.perform(get("/tracker").with(user(small))).andExpect(status().isOk()));
		List<RowsRead.Query> smallQueries = rowsRead.queries();
		long largeRows = rowsRead.of(() -> mvc.perform(get("/tracker").with(user(large))).andExpect(status().isOk()));

		assertThat(largeRows).as("rows read for 3 × %d entries (queries: %s)", ENTRIES, rowsRead.queries())
			.isEqualTo(smallRows)
			.isLessThan(ENTRIES / 10);
		assertThat(smallQueries).hasSameSizeAs(rowsRead.queries());
		Document page = html(mvc.perform(get("/tracker").with(user(large))));
		assertThat(page.select(".app-tracker-table__count").eachText()).containsOnly("1,500 entries").hasSize(3);
		assertThat(page.select("tbody tr").first().text()).contains("Appointment scheduled", "in 5 days");
	}

	@Test
	void anApplicationPageReadsItsPageOfTheTimelineNotTheWholeTimeline() throws Exception {
		AccountPrincipal owner = fixtures.account();
		importApplications(owner, 1, ENTRIES);
		long id = jdbc.queryForObject("select id from tracked_application where owner_id = ?", Long.class,
				owner.getAccountId());
		String path = "/tracker/applications/" + id;

		mvc.perform(get("/tracker").with(user(owner))).andExpect(status().isOk());
		// The application, its current entry, and 20 entries picked from the index, then read (each counted twice).
		long firstPage = rowsRead.of(() -> mvc.perform(get(path).with(user(owner))).andExpect(status().isOk()));
		assertThat(firstPage).as("rows read for page 1 of %d entries (queries: %s)", ENTRIES, rowsRead.queries())
			.isLessThan(5 * TrackerService.TIMELINE_PAGE_SIZE);

		Document page = html(mvc.perform(get(path).with(user(owner))));
		assertThat(page.select(".app-current__label").text()).startsWith("Appointment scheduled");
		assertThat(page.select(".app-timeline__entry")).hasSize(TrackerService.TIMELINE_PAGE_SIZE);
		assertThat(page.select(".app-timeline__entry time").first().attr("datetime"))
			.isEqualTo(TrackerFixtures.today().minusDays(1).toString());
		assertThat(page.select(".app-pagination__status").text()).isEqualTo("Page 1 of 75");
		Document last = html(mvc.perform(get(path + "?page=75").with(user(owner))));
		assertThat(last.select(".app-timeline__entry")).hasSize(TrackerService.TIMELINE_PAGE_SIZE);
		assertThat(last.select(".app-timeline__entry time").last().attr("datetime"))
			.isEqualTo(TrackerFixtures.today().minusDays(ENTRIES).toString());
		assertThat(html(mvc.perform(get(path + "?page=76").with(user(owner)))).select(".app-timeline__entry"))
			.isEmpty();
	}

	/**
	 * {@code applications} applications of {@code entries} entries each, one a day up to yesterday; the newest is an
	 * appointment in five days.
	 */
	private void importApplications(AccountPrincipal owner, int applications, int entries) {
		LocalDate today = TrackerFixtures.today();
		List<TrackerExport.Application> exported = new ArrayList<>();
		for (int a = 0; a < applications; a++) {
			List<TrackerExport.Entry> timeline = new ArrayList<>();
			for (int e = entries; e >= 1; e--) {
				boolean newest = e == 1;
				timeline.add(new TrackerExport.Entry(
						newest ? ApplicationStatus.APPOINTMENT_SCHEDULED : ApplicationStatus.IN_REVIEW,
						today.minusDays(e), "note " + e, newest ? today.plusDays(5) : null, false, null, null));
			}
			exported.add(new TrackerExport.Application(TrackerFixtures.uniqueNumber(), "Application " + a,
					PermitType.FAMILY, ApplicationKind.FIRST, today.minusDays(entries + 1), null, null, null, null,
					null, timeline));
		}
		byte[] file = json.write(new TrackerExport(TrackerExport.FORMAT, TrackerExport.VERSION, Instant.now(),
				exported));
		assertThat(backup.importFile(owner.getAccountId(), new ByteArrayInputStream(file)).entriesAdded()).isEqualTo(applications * entries);
	}

}
