package org.ikametguide.hardening;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.ikametguide.hardening.BadRequestTests.multipart;

/**
 * Control characters (a lone carriage return, U+0085, U+2028, U+2029 and the rest) are refused in every text field,
 * in the forms and in an import, with a message next to the field in the reader's language; notes keep their line
 * breaks; and the calendar file cannot be rewritten by a label whatever is stored (issue 12, §3).
 */
class ControlCharacterTests extends HardeningHttpTest {

	private static final String INJECTED_EVENT = "Trip\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:INJECTED";

	private static final String INJECTED_LINK = "Trip\rURL:https://evil.example";

	@Autowired
	private MessageSource messages;

	@Test
	void theApplicationFormRefusesControlCharactersInEveryLanguage() throws Exception {
		SignedIn me = signedIn("control");
		String[] bad = { INJECTED_EVENT, "a\u0085b", "a\u2028b", "a\u2029b", "a\u0000b", "a\tb", "a\u009Bb" };
		String[] languages = { "en", "tr", "ar", "fa", "ru", "zh" };
		for (int i = 0; i < bad.length; i++) {
			String language = languages[i % languages.length];
			Map<String, String> fields = applicationFields(uniqueNumber("ctl" + i));
			String field = (i % 2 == 0) ? "label" : "office";
			fields.put(field, bad[i]);
			HttpResponse<String> response = post(me.visitor(), "/tracker/applications/new", fields, language);
			assertThat(response.statusCode()).as(bad[i]).isEqualTo(200);
			Document page = html(response);
			assertThat(page.select("html").attr("lang")).isEqualTo(language);
			assertThat(page.select("#" + field + "-error").text()).as(field + " " + language)
				.contains(messages.getMessage("text.controlCharacters", null, Locale.forLanguageTag(language)));
			if (!bad[i].contains("\u0000")) {
				assertThat(page.select("#" + field).val()).as("the form keeps what was typed").isEqualTo(bad[i]);
			}
		}
		assertThat(applicationsOf(me.username())).isZero();
	}

	@Test
	void notesKeepLineBreaksButNotOtherControlCharacters() throws Exception {
		Tracking mine = tracking("notes");
		Visitor visitor = mine.visitor();
		String number = mine.number();
		String application = mine.application();
		for (String note : new String[] { "first\rBEGIN:VEVENT", "a\u2028b", "a\u0085b", "a\u000Bb" }) {
			HttpResponse<String> response = post(visitor, application + "/status",
					Map.of("status", "OTHER", "date", LocalDate.now().toString(), "note", note), "ru");
			assertThat(response.statusCode()).as(note).isEqualTo(200);
			assertThat(html(response).select("#note-error").text())
				.contains(messages.getMessage("text.controlCharacters", null, Locale.forLanguageTag("ru")));
		}
		assertThat(entriesOf(number)).isZero();
		HttpResponse<String> multiLine = visitor.post(application + "/status",
				Map.of("status", "OTHER", "date", LocalDate.now().toString(), "note", "line one\r\nline two\nthree"));
		assertThat(multiLine.statusCode()).isEqualTo(302);
		assertThat(entriesOf(number)).isOne();
	}

	@Test
	void anImportWithControlCharactersIsRefusedAndStoresNothing() throws Exception {
		Visitor source = signedIn("exporter").visitor();
		source.post("/tracker/applications/new", applicationFields(uniqueNumber("exporter")));
		String backup = source.get("/tracker/export.json").body();
		assertThat(backup).contains("\"Mine\"");

		SignedIn me = signedIn("importer");
		for (String label : new String[] { "Trip\\rEND:VEVENT", "a\\u2028b", "a\\u0085b" }) {
			String boundary = "----control" + System.nanoTime();
			HttpResponse<String> response = me.visitor().postRaw("/tracker/import",
					"multipart/form-data; boundary=" + boundary,
					multipart(boundary, "file", "backup.json", backup.replace("\"Mine\"", "\"" + label + "\"")));
			assertThat(response.statusCode()).as(label).isEqualTo(200);
			assertThat(html(response).select(".app-error-summary").text()).as(label)
				.contains(messages.getMessage("text.controlCharacters", null, Locale.ENGLISH));
		}
		assertThat(applicationsOf(me.username())).isZero();
	}

	@Test
	void theCalendarCannotBeRewrittenByWhatIsStored() throws Exception {
		Tracking mine = tracking("calendar");
		Visitor visitor = mine.visitor();
		String number = mine.number();
		String application = mine.application();
		String clean = visitor.get(application + "/calendar.ics").body();
		int events = parse(clean).getComponents(Component.VEVENT).size();
		assertThat(events).isPositive();

		for (String label : new String[] { INJECTED_EVENT, INJECTED_LINK, "Trip\u0085URL:https://evil.example",
				"Trip\u2028BEGIN:VALARM", "Trip\u2029URL:https://evil.example" }) {
			// Stored as older versions (or a direct database edit) could have: the forms refuse it.
			jdbc.update("update tracked_application set label = ? where application_number = ?", label, number);
			String ics = visitor.get(application + "/calendar.ics").body();
			Calendar calendar = parse(ics);
			assertThat(calendar.getComponents(Component.VEVENT)).as(label).hasSize(events);
			assertThat(ics).as(label).doesNotContain("\r" + "URL", "\u0085", "\u2028", "\u2029");
			List<VEvent> parsed = calendar.getComponents(Component.VEVENT);
			for (VEvent event : parsed) {
				assertThat(event.getProperties(Property.URL)).as(label).isEmpty();
				assertThat(event.getAlarms()).as(label).allSatisfy((alarm) -> assertThat(alarm.getProperties(Property.URL)).isEmpty());
			}
		}
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private int entriesOf(String number) {
		return jdbc.queryForObject("select count(*) from status_entry e join tracked_application a"
				+ " on a.id = e.application_id where a.application_number = ?", Integer.class, number);
	}

	private static HttpResponse<String> post(Visitor visitor, String path, Map<String, String> fields, String language)
			throws Exception {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", visitor.csrfToken());
		return visitor.send(visitor.request(path)
			.setHeader("Accept-Language", language)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Visitor.encode(withToken)))
			.build());
	}

}
