package org.ikametguide.tracker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A feed for an application with 1 000 entries: it holds what the calendar shows (the submission day, the current
 * deadline, the extension window), so it is as large, and costs as many statements, as one for an application with a
 * single entry. Prints the sizes; the time per fetch is measured over HTTP by
 * {@code bench/feed.sh} (docs/performance.md), never by a timed test.
 */
class CalendarFeedSizeTests extends TrackerWebTest {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void aThousandEntriesMakeNoLargerFeedAndNoMoreStatementsThanOne() throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate today = TrackerFixtures.today();
		long small = fixtures.application(owner);
		long large = fixtures.application(owner);
		for (int day = 999; day > 0; day--) {
			fixtures.entry(owner, large, ApplicationStatus.IN_REVIEW, today.minusDays(day), "note " + day);
		}
		for (long id : new long[] { small, large }) {
			tracker.addEntry(owner.getAccountId(), id,
					new EntryDetails(ApplicationStatus.APPOINTMENT_SCHEDULED, today, null, today.plusDays(5)));
		}
		assertThat(tracker.view(owner.getAccountId(), large, 0).timeline().getTotalElements()).isEqualTo(1000);
		String smallToken = token(owner, small);
		String largeToken = token(owner, large);

		byte[] smallFeed = fetch(smallToken);
		byte[] largeFeed = fetch(largeToken);
		// The same events; only the application ids in the UIDs may differ in length.
		assertThat(largeFeed.length).isCloseTo(smallFeed.length, org.assertj.core.data.Offset.offset(8));
		assertThat(statements(largeToken)).isEqualTo(statements(smallToken));

		System.out.printf("calendar feed, application with 1000 entries: %d bytes; with 1 entry: %d bytes%n",
				largeFeed.length, smallFeed.length);
	}

	private String token(AccountPrincipal owner, long id) throws Exception {
		String address = (String) mvc
			.perform(post("/tracker/applications/" + id + "/feed").with(user(owner)).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("feedAddress");
		return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
	}

	private byte[] fetch(String token) throws Exception {
		return mvc.perform(get("/feed/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.getBytes(StandardCharsets.UTF_8);
	}

	private long statements(String token) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long before = statistics.getPrepareStatementCount();
		fetch(token);
		return statistics.getPrepareStatementCount() - before;
	}

}
