package org.ikametguide.tracker;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every tracker URL: anonymous visitors are sent to the login page; another user gets 404 for someone else's data and
 * cannot change it; a POST without a valid CSRF token answers 403 and stores nothing.
 */
class TrackerSecurityTests extends TrackerWebTest {

	private AccountPrincipal owner;

	private AccountPrincipal intruder;

	private long applicationId;

	private long entryId;

	@BeforeEach
	void ownerWithOneApplication() {
		owner = fixtures.account();
		intruder = fixtures.account();
		applicationId = fixtures.application(owner);
		entryId = fixtures.entry(owner, applicationId, ApplicationStatus.APPOINTMENT_SCHEDULED,
				TrackerFixtures.today(), "owner's private note");
	}

	/** Pages and downloads that belong to no application. */
	private List<String> generalPages() {
		return List.of("/tracker", "/tracker/applications/new", "/tracker/export.csv", "/tracker/export.json",
				"/tracker/import", "/tracker/print");
	}

	/** Pages and downloads of the owner's application and entry. */
	private List<String> ownedPages() {
		String app = "/tracker/applications/" + applicationId;
		String entry = app + "/entries/" + entryId;
		return List.of(app, app + "?page=2", app + "/edit", app + "/delete", app + "/calendar.ics", app + "/print",
				entry + "/edit", entry + "/delete");
	}

	/** Every state-changing request, with valid data, aimed at the owner's application and entry. */
	private List<AbstractMockHttpServletRequestBuilder<?>> ownedWrites() {
		String app = "/tracker/applications/" + applicationId;
		String entry = app + "/entries/" + entryId;
		String today = TrackerFixtures.today().toString();
		return List.of(
				post(app + "/edit").param("applicationNumber", TrackerFixtures.uniqueNumber())
					.param("label", "hijacked")
					.param("permitType", "OTHER")
					.param("kind", "FIRST")
					.param("submittedOn", today)
					.param("version", "0"),
				post(app + "/delete").param("version", "0"),
				post(app + "/status").param("status", "REJECTED").param("date", today).param("note", "hijacked"),
				post(entry + "/edit").param("status", "REJECTED")
					.param("date", today)
					.param("note", "hijacked")
					.param("version", "0"),
				post(entry + "/delete").param("version", "0"),
				post(app + "/ptt-barcode").param("barcode", "RR123456789TR"));
	}

	/** State-changing requests that create something for whoever sends them. */
	private List<AbstractMockHttpServletRequestBuilder<?>> creatingWrites() {
		return List.of(
				post("/tracker/applications/new").param("applicationNumber", TrackerFixtures.uniqueNumber())
					.param("label", "new")
					.param("permitType", "STUDENT")
					.param("kind", "FIRST")
					.param("submittedOn", TrackerFixtures.today().toString()),
				post("/tracker/applications").param("applicationNumber", TrackerFixtures.uniqueNumber())
					.param("label", "new")
					.param("permitType", "STUDENT")
					.param("kind", "FIRST")
					.param("submittedOn", TrackerFixtures.today().toString()),
				multipart(HttpMethod.POST, "/tracker/import").file(new MockMultipartFile("file", "backup.json",
						"application/json", validBackup().getBytes())));
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		String before = fixtures.snapshot(owner);
		for (String url : concat(generalPages(), ownedPages())) {
			mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		for (AbstractMockHttpServletRequestBuilder<?> write : concat(ownedWrites(), creatingWrites())) {
			mvc.perform(write.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		assertThat(fixtures.snapshot(owner)).isEqualTo(before);
	}

	@Test
	void anotherUserGetsNotFoundForEveryPageOfSomeoneElsesApplication() throws Exception {
		for (String url : ownedPages()) {
			mvc.perform(get(url).with(user(intruder))).andExpect(status().isNotFound());
		}
		// The owner, for comparison, sees them all.
		for (String url : ownedPages()) {
			mvc.perform(get(url).with(user(owner))).andExpect(status().isOk());
		}
	}

	@Test
	void anotherUserCannotChangeSomeoneElsesData() throws Exception {
		String before = fixtures.snapshot(owner);
		for (AbstractMockHttpServletRequestBuilder<?> write : ownedWrites()) {
			mvc.perform(write.with(user(intruder)).with(csrf())).andExpect(status().isNotFound());
		}
		assertThat(fixtures.snapshot(owner)).isEqualTo(before);
		assertThat(fixtures.entryCount(intruder)).isZero();
	}

	@Test
	void anotherUsersExportsHoldNoneOfTheOwnersData() throws Exception {
		String number = tracker.application(owner.getAccountId(), applicationId).getApplicationNumber();
		for (String url : List.of("/tracker", "/tracker/export.csv", "/tracker/export.json")) {
			String body = mvc.perform(get(url).with(user(intruder)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(url).doesNotContain(number).doesNotContain("owner's private note");
		}
	}

	@Test
	void postsWithoutACsrfTokenAreForbiddenAndStoreNothing() throws Exception {
		String before = fixtures.snapshot(owner);
		for (AbstractMockHttpServletRequestBuilder<?> write : concat(ownedWrites(), creatingWrites())) {
			mvc.perform(write.with(user(owner))).andExpect(status().isForbidden());
		}
		for (AbstractMockHttpServletRequestBuilder<?> write : concat(ownedWrites(), creatingWrites())) {
			mvc.perform(write.with(user(owner)).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		}
		assertThat(fixtures.snapshot(owner)).isEqualTo(before);
	}

	@Test
	void idsAndOwnersInTheRequestAreIgnored() throws Exception {
		mvc.perform(post("/tracker/applications/new").with(user(intruder))
			.with(csrf())
			.param("applicationNumber", TrackerFixtures.uniqueNumber())
			.param("label", "mine")
			.param("permitType", "STUDENT")
			.param("kind", "FIRST")
			.param("submittedOn", TrackerFixtures.today().toString())
			.param("id", String.valueOf(applicationId))
			.param("ownerId", String.valueOf(owner.getAccountId())))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.applicationCount(intruder)).isOne();
		assertThat(fixtures.applicationCount(owner)).isOne();
		assertThat(tracker.application(owner.getAccountId(), applicationId).getLabel()).isEqualTo("Family permit");
	}

	@Test
	void trackerResponsesAreNeverCached() throws Exception {
		for (String url : concat(generalPages(), ownedPages())) {
			mvc.perform(get(url).with(user(owner)))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "private, no-store"));
		}
	}

	private static String validBackup() {
		return """
				{"format":"ikamet-guide-tracker","version":1,"applications":[{"applicationNumber":"%s",
				"label":"imported","permitType":"STUDENT","kind":"FIRST","submittedOn":"2026-01-05","entries":[]}]}
				""".formatted(TrackerFixtures.uniqueNumber());
	}

	@SafeVarargs
	private static <T> List<T> concat(List<T>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
