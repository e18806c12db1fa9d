package org.ikametguide.tracker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Application numbers and notes never reach the logs, whatever happens to the request. */
@ExtendWith(OutputCaptureExtension.class)
class TrackerLogTests extends TrackerWebTest {

	@Test
	void numbersAndNotesStayOutOfTheLogs(CapturedOutput output) throws Exception {
		AccountPrincipal owner = fixtures.account();
		String number = "LOGSECRET-" + System.nanoTime();
		String note = "note-secret-" + System.nanoTime();
		String create = mvc
			.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
				.param("applicationNumber", number)
				.param("label", "Logged?")
				.param("permitType", "STUDENT")
				.param("kind", "FIRST")
				.param("submittedOn", TrackerFixtures.today().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// A duplicate, invalid input, a stale edit, an entry, exports and a bad import: every path that could log.
		mvc.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
			.param("applicationNumber", number)
			.param("label", "Logged?")
			.param("permitType", "STUDENT")
			.param("kind", "FIRST")
			.param("submittedOn", TrackerFixtures.today().toString()));
		mvc.perform(post(create + "/status").with(user(owner)).with(csrf())
			.param("status", "OTHER")
			.param("date", TrackerFixtures.today().toString())
			.param("note", note));
		mvc.perform(post(create + "/status").with(user(owner)).with(csrf())
			.param("status", "BOGUS")
			.param("date", "2099-01-01")
			.param("note", note + "x".repeat(2001)));
		mvc.perform(post(create + "/edit").with(user(owner)).with(csrf())
			.param("applicationNumber", number)
			.param("label", "stale")
			.param("permitType", "STUDENT")
			.param("kind", "FIRST")
			.param("submittedOn", TrackerFixtures.today().toString())
			.param("version", "99"));
		mvc.perform(get("/tracker/export.csv").with(user(owner)));
		byte[] json = mvc.perform(get("/tracker/export.json").with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(multipart("/tracker/import").file(new MockMultipartFile("file", "b.json", "application/json", json))
			.with(user(owner))
			.with(csrf()));
		mvc.perform(multipart("/tracker/import")
			.file(new MockMultipartFile("file", "b.json", "application/json",
					("{\"format\":\"ikamet-guide-tracker\",\"version\":1,\"applications\":[{\"applicationNumber\":\""
							+ number + "\",\"label\":7,\"note\":\"" + note + "\"}]}").getBytes()))
			.with(user(owner))
			.with(csrf()));
		mvc.perform(multipart("/tracker/import")
			.file(new MockMultipartFile("file", "b.json", "application/json", ("{\"x\":\"" + note).getBytes()))
			.with(user(owner))
			.with(csrf()));

		assertThat(tracker.overview(owner.getAccountId())).hasSize(1);
		// The capture does see the application's log output.
		org.slf4j.LoggerFactory.getLogger(TrackerService.class).warn("log-capture-check");
		assertThat(output.getAll()).contains("log-capture-check");
		assertThat(output.getAll()).doesNotContain(number).doesNotContain(note);
	}

}
