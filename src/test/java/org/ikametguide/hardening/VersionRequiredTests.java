package org.ikametguide.hardening;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.hardening.BadRequestTests.assertTheSitesPage;

/**
 * An edit or a deletion must say which version it was made on: without it, it is refused, never taken as version 0
 * (issue 12, §10).
 */
class VersionRequiredTests extends HardeningHttpTest {

	@Test
	void editsAndDeletionsWithoutTheirVersionAreRefused() throws Exception {
		Tracking mine = tracking("version");
		Visitor visitor = mine.visitor();
		String application = mine.application();
		visitor.post(application + "/status",
				Map.of("status", "OTHER", "date", LocalDate.now().toString(), "note", "first"));
		long entry = jdbc.queryForObject("select e.id from status_entry e join tracked_application a"
				+ " on a.id = e.application_id where a.application_number = ?", Long.class, mine.number());

		Map<String, String> edit = new LinkedHashMap<>(applicationFields(mine.number()));
		edit.put("label", "Changed without version");
		assertRefused(visitor.post(application + "/edit", edit));
		assertRefused(visitor.post(application + "/entries/" + entry + "/edit",
				Map.of("status", "OTHER", "date", LocalDate.now().toString(), "note", "changed")));
		assertRefused(visitor.post(application + "/entries/" + entry + "/delete", Map.of()));
		assertRefused(visitor.post(application + "/delete", Map.of()));

		assertThat(jdbc.queryForObject("select label from tracked_application where application_number = ?",
				String.class, mine.number()))
			.isEqualTo("Mine");
		assertThat(jdbc.queryForObject("select note from status_entry where id = ?", String.class, entry))
			.isEqualTo("first");
	}

	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertTheSitesPage(response, "This request could not be read");
	}

}
