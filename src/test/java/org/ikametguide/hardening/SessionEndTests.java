package org.ikametguide.hardening;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.hardening.BadRequestTests.multipart;

/**
 * Sessions end with the credentials that opened them (issue 12, §2): a password change ends every other session of
 * the account and gives the changing one a new id; a deletion ends all of them, and a request from one is signed out
 * cleanly. With container sessions here; {@link PostgresSessionEndTests} runs the same with Spring Session JDBC.
 */
class SessionEndTests extends HardeningHttpTest {

	private static final String NEW_PASSWORD = "copper-lantern-meadow-58";

	@Test
	void aPasswordChangeEndsEveryOtherSessionAndRenewsItsOwn() throws Exception {
		String username = newAccount("rekey");
		Visitor changing = visitor().signIn(username, PASSWORD);
		Visitor other = visitor().signIn(username, PASSWORD);
		Visitor third = visitor().signIn(username, PASSWORD);
		assertThat(other.get("/tracker/export.csv").statusCode()).isEqualTo(200);
		String before = changing.sessionId();

		HttpResponse<String> changed = changing.post("/account/password", Map.of("currentPassword", PASSWORD,
				"newPassword", NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/account"));

		assertThat(changing.sessionId()).as("the changing session's id").isNotEqualTo(before);
		assertThat(changing.get("/account").statusCode()).isEqualTo(200);
		for (Visitor ended : new Visitor[] { other, third }) {
			assertSignedOut(ended.get("/account"));
			assertSignedOut(ended.get("/tracker/export.csv"));
			assertSignedOut(ended.get("/tracker/export.json"));
		}
		visitor().signIn(username, NEW_PASSWORD);
	}

	@Test
	void deletingAnAccountEndsAllItsSessions() throws Exception {
		String username = newAccount("leaving");
		Visitor deleting = visitor().signIn(username, PASSWORD);
		Visitor other = visitor().signIn(username, PASSWORD);
		assertThat(other.get("/tracker").statusCode()).isEqualTo(200);
		String token = other.csrfToken();

		HttpResponse<String> deleted = deleting.post("/account/delete", Map.of("deletionPassword", PASSWORD));
		assertThat(deleted.statusCode()).isEqualTo(302);

		try (LogCapture logs = LogCapture.start()) {
			assertSignedOut(other.get("/tracker"));
			assertThat(other.get("/").body()).doesNotContain(username);
			// Forms opened before the deletion, sent after it: signed out, nothing stored, no error.
			String number = uniqueNumber("gone");
			Map<String, String> fields = new LinkedHashMap<>(applicationFields(number));
			fields.put("_csrf", token);
			HttpResponse<String> create = other.send(other.request("/tracker/applications/new")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(Visitor.encode(fields)))
				.build());
			assertThat(create.statusCode()).isIn(302, 403);
			assertThat(create.body()).doesNotContain("You already track");
			String boundary = "----gone" + System.nanoTime();
			HttpResponse<String> imported = other.send(other.request("/tracker/import?_csrf=" + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers
					.ofString(multipart(boundary, "file", "b.json", "{\"format\":\"ikamet-guide-tracker\"}")))
				.build());
			assertThat(imported.statusCode()).isIn(302, 403);
			assertThat(jdbc.queryForObject("select count(*) from tracked_application where application_number = ?",
					Integer.class, number)).isZero();
			logs.assertAtMostWarnings(0);
		}
	}

	private static void assertSignedOut(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/login"));
	}

}
