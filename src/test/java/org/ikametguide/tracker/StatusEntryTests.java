package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Recording statuses: the timeline, meanings and deadlines, escaping, validation, editing and deleting. */
class StatusEntryTests extends TrackerWebTest {

	private static final String XSS = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'><svg onload=alert(2)>";

	@Test
	void aRecordedStatusAppearsOnTheTimelineNewestFirstWithItsMeaning() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate today = TrackerFixtures.today();
		fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, today.minusDays(20), null);
		mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("status", "IN_REVIEW")
			.param("date", today.minusDays(2).toString())
			.param("note", "Portal: Başvurunuz incelemededir"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/tracker/applications/" + id + "#entry-*"));

		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))));
		List<String> statuses = page.select(".app-timeline__entry .app-timeline__status").eachText();
		assertThat(statuses).containsExactly("In review (İncelemede / In progress)", "Submitted");
		assertThat(page.select(".app-timeline__entry .app-timeline__date time").eachAttr("datetime"))
			.containsExactly(today.minusDays(2).toString(), today.minusDays(20).toString());
		assertThat(page.select(".app-timeline__note-text").text()).isEqualTo("Portal: Başvurunuz incelemededir");
		assertThat(page.select(".app-current__label").text()).isEqualTo("In review (İncelemede / In progress)");
		assertThat(page.select("#status-in-review .app-meaning").text())
			.contains("The migration authority is examining your application.", "Check the official portal");
		assertThat(page.select("#status-in-review a").attr("href")).isEqualTo("/waiting#how-long");
	}

	@Test
	void aNoteWithMarkupIsShownAsText() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("status", "OTHER")
			.param("date", TrackerFixtures.today().toString())
			.param("note", XSS))
			.andExpect(status().is3xxRedirection());

		String body = mvc.perform(get("/tracker/applications/" + id).with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload");
		assertThat(body).contains("&lt;script&gt;alert(");
		Document page = html(body);
		assertThat(page.select("main script, main img, main svg:not([class^=app-wait]), [onerror], [onload]")).isEmpty();
		assertThat(page.select(".app-timeline__note-text").text()).isEqualTo(XSS);
	}

	@Test
	void invalidInputReShowsThePageWithTheInputKeptAndStoresNothing() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String tomorrow = TrackerFixtures.today().plusDays(1).toString();
		String longNote = "n".repeat(2001);
		Document page = html(mvc
			.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
				.param("status", "")
				.param("date", tomorrow)
				.param("note", longNote)
				.param("dueDate", "2026-02-30"))
			.andExpect(status().isOk()));

		Element summary = page.selectFirst(".app-error-summary[role=alert]");
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#status", "#date", "#dueDate",
				"#note");
		FieldErrorLinks.assertEachErrorIsLinked(page);
		assertThat(page.select("#status-error").text()).contains("Error:", "Choose the status you saw.");
		assertThat(page.select("#date-error").text()).contains("cannot be in the future");
		assertThat(page.select("#note-error").text()).contains("2000 characters or fewer");
		assertThat(page.select("#dueDate-error").text()).contains("Enter a real date");
		assertThat(page.selectFirst("#note").text()).isEqualTo(longNote);
		assertThat(page.selectFirst("#date").val()).isEqualTo(tomorrow);
		assertThat(page.selectFirst("#dueDate").val()).isEqualTo("2026-02-30");
		assertThat(page.select("h1").text()).isEqualTo("Family permit");
		assertThat(fixtures.entryCount(owner)).isZero();
	}

	@Test
	void additionalDocumentsWithoutADateAskForTheDateFromTheNoticeAndLinkToTheFaq() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate seen = TrackerFixtures.today().minusDays(25);
		mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("status", "ADDITIONAL_DOCUMENTS_REQUIRED")
			.param("date", seen.toString()))
			.andExpect(status().is3xxRedirection());

		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))));
		Element deadline = page.selectFirst(".app-deadlines__item");
		assertThat(deadline.select("time")).isEmpty();
		assertThat(deadline.text()).startsWith("Action needed now Missing documents due date not entered yet")
			.contains("The notice in e-İkamet states the deadline for the missing documents: up to 30 days, "
					+ "counted from the date shown there.")
			.doesNotContain("Suggested");
		assertThat(page.select("#status-additional-documents-required a").attr("href"))
			.isEqualTo("/waiting#missing-documents");
	}

	@Test
	void seeingTheSameStatusAgainKeepsTheDateTheUserGaveIt() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate first = TrackerFixtures.today().minusDays(10);
		LocalDate noticeDate = TrackerFixtures.today().plusDays(12);
		tracker.addEntry(owner.getAccountId(), id,
				new EntryDetails(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, first, null, noticeDate));
		long again = fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED,
				TrackerFixtures.today(), "still eksik belge");
		assertThat(tracker.entry(owner.getAccountId(), id, again).getDueDate()).isEqualTo(noticeDate);
		// A date the user gives wins over the carried one.
		long corrected = tracker.addEntry(owner.getAccountId(), id, new EntryDetails(
				ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, TrackerFixtures.today(), null,
				TrackerFixtures.today().plusDays(3)));
		assertThat(tracker.entry(owner.getAccountId(), id, corrected).getDueDate())
			.isEqualTo(TrackerFixtures.today().plusDays(3));
	}

	@Test
	void seeingTheSameStatusAgainWithoutAnyDateStillHasNone() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED,
				TrackerFixtures.today().minusDays(10), null);
		long again = fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED,
				TrackerFixtures.today(), null);
		assertThat(tracker.entry(owner.getAccountId(), id, again).getDueDate()).isNull();
	}

	@Test
	void anAppointmentDateIsTheDeadline() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate appointment = TrackerFixtures.today().plusDays(20);
		mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("status", "APPOINTMENT_SCHEDULED")
			.param("date", TrackerFixtures.today().toString())
			.param("dueDate", appointment.toString()))
			.andExpect(status().is3xxRedirection());
		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))));
		assertThat(page.select(".app-deadlines__item").text()).contains("Appointment", "in 20 days")
			.doesNotContain("Suggested");
	}

	@Test
	void longTimelinesArePaged() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		for (int day = 25; day > 0; day--) {
			fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today().minusDays(day), "day " + day);
		}
		Document first = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))));
		assertThat(first.select(".app-timeline__entry")).hasSize(TrackerService.TIMELINE_PAGE_SIZE);
		assertThat(first.select(".app-timeline__note-text").first().text()).isEqualTo("day 1");
		assertThat(first.select(".app-pagination__status").text()).isEqualTo("Page 1 of 2");
		String next = first.select(".app-pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/tracker/applications/" + id + "?page=2#timeline");

		Document second = html(mvc.perform(get("/tracker/applications/" + id).param("page", "2").with(user(owner))));
		assertThat(second.select(".app-timeline__note-text").eachText()).containsExactly("day 21", "day 22", "day 23",
				"day 24", "day 25");
		assertThat(second.select(".app-pagination a[rel=prev]").attr("href"))
			.isEqualTo("/tracker/applications/" + id + "?page=1#timeline");
	}

	@Test
	void anEntryRecordedWithAnEarlierDateIsShownOnTheTimelinesPageThatHoldsIt() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		LocalDate today = TrackerFixtures.today();
		for (int day = 25; day > 0; day--) {
			fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, today.minusDays(day), "day " + day);
		}
		String location = mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("status", "SUBMITTED")
			.param("date", today.minusDays(30).toString())
			.param("note", "found the receipt"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/tracker/applications/" + id + "\\?page=2#entry-\\d+");
		Document page = html(mvc.perform(get(location.replaceFirst("#.*", "")).with(user(owner))));
		assertThat(page.select("#" + location.replaceFirst(".*#", "") + " .app-timeline__note-text").text())
			.isEqualTo("found the receipt");

		String newest = mvc.perform(post("/tracker/applications/" + id + "/status").with(user(owner)).with(csrf())
			.param("status", "IN_REVIEW")
			.param("date", today.toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(newest).as("the newest entry is on the first page").matches("/tracker/applications/" + id
				+ "#entry-\\d+");
	}

	@Test
	void anEntryCanBeEditedAndDeletedAfterConfirmation() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		long entry = fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, TrackerFixtures.today(), "first note");
		String base = "/tracker/applications/" + id + "/entries/" + entry;

		Document form = html(mvc.perform(get(base + "/edit").with(user(owner))).andExpect(status().isOk()));
		assertThat(form.selectFirst("#note").text()).isEqualTo("first note");
		assertThat(form.selectFirst("#status option[selected]").val()).isEqualTo("SUBMITTED");
		mvc.perform(post(base + "/edit").with(user(owner)).with(csrf())
			.param("status", "DOCUMENTS_HANDED_IN")
			.param("date", TrackerFixtures.today().toString())
			.param("note", "corrected")
			.param("version", form.selectFirst("input[name=version]").val()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tracker/applications/" + id + "#entry-" + entry));
		assertThat(tracker.entry(owner.getAccountId(), id, entry).getNote()).isEqualTo("corrected");
		assertThat(tracker.entry(owner.getAccountId(), id, entry).getStatus())
			.isEqualTo(ApplicationStatus.DOCUMENTS_HANDED_IN);

		Document confirm = html(mvc.perform(get(base + "/delete").with(user(owner))).andExpect(status().isOk()));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete this entry?");
		assertThat(confirm.select(".app-timeline__note-text").text()).isEqualTo("corrected");
		assertThat(fixtures.entryCount(owner)).isOne();
		mvc.perform(post(base + "/delete").with(user(owner)).with(csrf())
			.param("version", confirm.selectFirst("input[name=version]").val()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tracker/applications/" + id));
		assertThat(fixtures.entryCount(owner)).isZero();
	}

}
