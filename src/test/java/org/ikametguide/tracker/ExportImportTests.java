package org.ikametguide.tracker;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV, JSON and iCalendar exports, read back with the libraries that wrote them; and the JSON import. */
class ExportImportTests extends TrackerWebTest {

	@Test
	void csvHoldsEveryEntryAndNeutralisesFormulas() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails("=HYPERLINK-1", "+SUM(A1:A9)",
				PermitType.STUDENT, ApplicationKind.FIRST, TrackerFixtures.today().minusDays(5), "@office", null));
		String[] notes = { "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\tTabbed", "\rReturn",
				"plain, with \"quotes\"" };
		for (String note : notes) {
			fixtures.entry(owner, id, ApplicationStatus.OTHER, TrackerFixtures.today(), note);
		}
		fixtures.application(owner);
		tracker.setPttBarcode(owner.getAccountId(), id, "RR123456789TR");

		MvcResult result = mvc.perform(get("/tracker/export.csv").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn();
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();

		assertThat(records).hasSize(notes.length + 1);
		List<String> exportedNotes = records.stream()
			.filter((r) -> r.get("application_number").equals("'=HYPERLINK-1"))
			.map((r) -> r.get("note"))
			.toList();
		assertThat(exportedNotes).containsExactlyInAnyOrder("'=cmd|' /C calc'!A0", "'+1+1", "'-2+3", "'@SUM(1)",
				"'\tTabbed", "'\rReturn", "plain, with \"quotes\"");
		CSVRecord first = records.stream().filter((r) -> r.get("label").startsWith("'")).findFirst().orElseThrow();
		assertThat(first.get("label")).isEqualTo("'+SUM(A1:A9)");
		assertThat(first.get("office")).isEqualTo("'@office");
		assertThat(first.get("status")).isEqualTo("OTHER");
		assertThat(first.get("status_label")).isEqualTo("Other");
		assertThat(records).allSatisfy((r) -> assertThat(r.get("ptt_barcode"))
			.isEqualTo(r.get("application_number").equals("'=HYPERLINK-1") ? "RR123456789TR" : ""));
		for (CSVRecord record : records) {
			for (String cell : record.values()) {
				assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
					.doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
			}
		}
	}

	@Test
	void anApplicationWithoutDeadlinesStillGivesAValidCalendarWithItsSubmissionDay() throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate submitted = TrackerFixtures.today().minusDays(3);
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Student permit", PermitType.STUDENT, ApplicationKind.FIRST, submitted, null, null));

		List<VEvent> events = calendar(owner, id).getComponents("VEVENT");
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(value(event, Property.SUMMARY)).isEqualTo("Application submitted: Student permit");
			assertThat(value(event, Property.DTSTART)).isEqualTo(basic(submitted));
			assertThat(value(event, Property.DESCRIPTION)).contains("e-ikamet.goc.gov.tr");
		});
	}

	@Test
	void theCalendarParsesBackWithTheCurrentDeadlineTheExtensionWindowAndReminders() throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate today = TrackerFixtures.today();
		LocalDate validUntil = today.plusDays(200);
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Family permit", PermitType.FAMILY, ApplicationKind.EXTENSION, today.minusDays(30), null, validUntil));
		tracker.addEntry(owner.getAccountId(), id,
				new EntryDetails(ApplicationStatus.APPOINTMENT_SCHEDULED, today.minusDays(20), null, today.plusDays(4)));

		List<VEvent> events = calendar(owner, id).getComponents("VEVENT");
		assertThat(events).hasSize(3);
		VEvent submitted = event(events, "Application submitted: Family permit");
		assertThat(value(submitted, Property.DTSTART)).isEqualTo(basic(today.minusDays(30)));
		assertThat(submitted.getAlarms()).as("no reminder of a day gone by").isEmpty();
		events = events.stream().filter((event) -> event != submitted).toList();
		VEvent appointment = event(events, "Migration office appointment: Family permit");
		assertThat(value(appointment, Property.DTSTART)).isEqualTo(basic(today.plusDays(4)));
		assertThat(value(appointment, Property.DTEND)).isEqualTo(basic(today.plusDays(5)));
		VEvent window = event(events, "Extension window for the residence permit: Family permit");
		assertThat(value(window, Property.DTSTART)).isEqualTo(basic(validUntil.minusDays(60)));
		assertThat(value(window, Property.DTEND)).isEqualTo(basic(validUntil.plusDays(1)));
		for (VEvent event : events) {
			List<VAlarm> alarms = event.getAlarms();
			assertThat(alarms).hasSize(2).allSatisfy((alarm) -> {
				assertThat(value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
				assertThat(value(alarm, Property.TRIGGER)).startsWith("-P");
			});
			assertThat(value(event, Property.UID)).startsWith("application-" + id + "-").endsWith("@ikamet-guide");
		}
		assertThat(window.getAlarms()).anySatisfy((alarm) -> assertThat(alarm.getProperty(Property.TRIGGER)
			.orElseThrow()
			.getParameter("RELATED")
			.map((related) -> related.getValue())).contains("END"));

		// A later status supersedes the appointment: the calendar now holds the documents deadline instead.
		tracker.addEntry(owner.getAccountId(), id, new EntryDetails(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED,
				today.minusDays(2), null, today.plusDays(9)));
		List<VEvent> later = calendar(owner, id).getComponents("VEVENT");
		assertThat(later).hasSize(3);
		VEvent documents = event(later, "Missing documents due: Family permit");
		assertThat(value(documents, Property.DTSTART)).isEqualTo(basic(today.plusDays(9)));
		assertThat(later).noneMatch((e) -> value(e, Property.SUMMARY).startsWith("Migration office appointment"));
	}

	private Calendar calendar(AccountPrincipal owner, long id) throws Exception {
		MvcResult result = mvc.perform(get("/tracker/applications/" + id + "/calendar.ics").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn();
		String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).doesNotContain(tracker.application(owner.getAccountId(), id).getApplicationNumber());
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().getEntries()).as("what ical4j's validator finds in the calendar").isEmpty();
		return calendar;
	}

	/** Older versions exported a guessed due date with "dueDateSuggested": true; it is not brought back. */
	@Test
	void aBackupOfAnOlderVersionIsImportedWithoutTheDueDateItGuessed() throws Exception {
		AccountPrincipal owner = fixtures.account();
		String number = TrackerFixtures.uniqueNumber();
		String backup = """
				{"format":"ikamet-guide-tracker","version":1,"applications":[{"applicationNumber":"%s",
				"label":"old backup","permitType":"STUDENT","kind":"FIRST","submittedOn":"2026-01-05","entries":[
				{"status":"ADDITIONAL_DOCUMENTS_REQUIRED","date":"2026-01-20","dueDate":"2026-02-19",
				"dueDateSuggested":true},
				{"status":"ADDITIONAL_DOCUMENTS_REQUIRED","date":"2026-01-21","dueDate":"2026-02-04",
				"dueDateSuggested":false}]}]}
				""".formatted(number);
		mvc.perform(multipart("/tracker/import")
			.file(new MockMultipartFile("file", "backup.json", "application/json",
					backup.getBytes(StandardCharsets.UTF_8)))
			.with(user(owner))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForList("select e.due_date from status_entry e join tracked_application a on a.id = "
				+ "e.application_id where a.owner_id = ? order by e.seen_on", LocalDate.class, owner.getAccountId()))
			.containsExactly(null, LocalDate.of(2026, 2, 4));
		String exported = mvc.perform(get("/tracker/export.json").with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).contains("\"dueDate\":\"2026-02-04\"").doesNotContain("dueDateSuggested", "2026-02-19");
	}

	@Test
	void jsonExportImportedIntoAnotherAccountExportsTheSame() throws Exception {
		AccountPrincipal source = fixtures.account();
		long first = tracker.create(source.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Étudiant — öğrenci <b>", PermitType.STUDENT, ApplicationKind.FIRST, LocalDate.of(2026, 1, 10),
				"Antalya", LocalDate.of(2027, 1, 9)));
		tracker.addEntry(source.getAccountId(), first, new EntryDetails(ApplicationStatus.SUBMITTED,
				LocalDate.of(2026, 1, 10), "line one\nline two", null));
		tracker.addEntry(source.getAccountId(), first, new EntryDetails(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED,
				LocalDate.of(2026, 2, 1), null, null));
		long second = fixtures.application(source);
		tracker.addEntry(source.getAccountId(), second, new EntryDetails(ApplicationStatus.APPOINTMENT_SCHEDULED,
				LocalDate.of(2026, 3, 1), "=1+1", LocalDate.of(2026, 3, 20)));
		fixtures.application(source);
		tracker.setPttBarcode(source.getAccountId(), second, "RR123456789TR");

		byte[] exported = mvc.perform(get("/tracker/export.json").with(user(source)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String json = new String(exported, StandardCharsets.UTF_8);
		assertThat(json).contains("\"format\":\"ikamet-guide-tracker\"", "\"version\":1",
				"\"submittedOn\":\"2026-01-10\"", "\"pttBarcode\":\"RR123456789TR\"");

		AccountPrincipal target = fixtures.account();
		MvcResult imported = mvc.perform(multipart("/tracker/import")
			.file(new MockMultipartFile("file", "backup.json", "application/json", exported))
			.with(user(target))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tracker/import")).andReturn();
		Document report = html(mvc.perform(get("/tracker/import").with(user(target))
			.flashAttrs(imported.getFlashMap()).with(sessionOf(imported))));
		assertThat(report.select(".app-flash").text())
			.contains("Import finished: 3 applications and 3 entries added.");

		byte[] reExported = mvc.perform(get("/tracker/export.json").with(user(target)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(withoutExportTime(reExported)).isEqualTo(withoutExportTime(exported));
		assertThat(jdbc.queryForList("select ptt_barcode from tracked_application where owner_id = ? "
				+ "and ptt_barcode is not null", String.class, target.getAccountId())).containsExactly("RR123456789TR");
		// The overview and the timeline read the entries' count and latest change kept on the application.
		String counted = "select entry_count, entries_changed_at from tracked_application where owner_id = ? order by id";
		assertThat(jdbc.queryForList(counted, target.getAccountId()))
			.isEqualTo(jdbc.queryForList(counted, source.getAccountId()));
	}

	@Test
	void importingTheSameBackupAgainReportsDuplicatesAndDoublesNothing() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today(), null);
		String number = tracker.application(owner.getAccountId(), id).getApplicationNumber();
		byte[] exported = mvc.perform(get("/tracker/export.json").with(user(owner)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String before = fixtures.snapshot(owner);

		MvcResult imported = mvc.perform(multipart("/tracker/import")
			.file(new MockMultipartFile("file", "backup.json", "application/json", exported))
			.with(user(owner))
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		Document report = html(mvc.perform(get("/tracker/import").with(user(owner))
			.flashAttrs(imported.getFlashMap()).with(sessionOf(imported))));

		assertThat(report.select(".app-flash").text()).contains("no applications and no entries added",
				"Skipped, because you already track an application with the same number");
		assertThat(report.select(".app-import__duplicates li").eachText()).containsExactly(number);
		assertThat(fixtures.snapshot(owner)).isEqualTo(before);
	}

	@Test
	void malformedOrForeignFilesGetAClearErrorAndChangeNothing() throws Exception {
		AccountPrincipal owner = fixtures.account();
		fixtures.application(owner);
		String before = fixtures.snapshot(owner);
		String valid = "{\"applicationNumber\":\"%s\",\"label\":\"ok\",\"permitType\":\"STUDENT\",\"kind\":\"FIRST\","
				+ "\"submittedOn\":\"2026-01-05\",\"entries\":[]}";
		String future = TrackerFixtures.today().plusDays(3).toString();
		List<Object[]> cases = List.of(
				new Object[] { "this is not json {", "The file is not a JSON file, or it is damaged." },
				new Object[] { "", "Choose a file to import." },
				new Object[] { "[1, 2, 3]", "The file is not a backup from this tracker." },
				new Object[] { "{\"name\":\"some other app\",\"items\":[]}", "The file is not a backup from this tracker." },
				new Object[] { "{\"format\":\"ikamet-guide-tracker\",\"version\":2,\"applications\":[]}",
						"made by a different version" },
				new Object[] { "{\"format\":\"ikamet-guide-tracker\",\"version\":1,\"applications\":[{\"label\":3,"
						+ "\"permitType\":\"SPACESHIP\"}]}", "parts of it are missing or of the wrong kind" },
				new Object[] { "{\"format\":\"ikamet-guide-tracker\",\"version\":1}",
						"parts of it are missing or of the wrong kind" },
				// The barcode follows the application page's rule; a valid application before it is not written.
				new Object[] { "{\"format\":\"ikamet-guide-tracker\",\"version\":1,\"applications\":["
						+ valid.formatted(TrackerFixtures.uniqueNumber()).replace("\"entries\"",
								"\"pttBarcode\":\"RR 1234 5678 9TR\",\"entries\"")
						+ "," + valid.formatted(TrackerFixtures.uniqueNumber()).replace("\"entries\"",
								"\"pttBarcode\":\"=HYPERLINK(1)\",\"entries\"") + "]}",
						"Application 2, field pttBarcode: Enter the barcode as 8 to 30 letters (A–Z) and digits" },
				// A valid application first: it must not be written when a later one is invalid.
				new Object[] { "{\"format\":\"ikamet-guide-tracker\",\"version\":1,\"applications\":["
						+ valid.formatted(TrackerFixtures.uniqueNumber()) + ",{\"applicationNumber\":\"no\","
						+ "\"label\":\"\",\"permitType\":\"FAMILY\",\"kind\":\"FIRST\",\"submittedOn\":\"" + future
						+ "\",\"entries\":[{\"status\":\"IN_REVIEW\",\"date\":\"2026-01-06\",\"note\":\""
						+ "x".repeat(2001) + "\"}]}]}",
						"Application 2, field applicationNumber: The application number must be 5 to 30" });
		for (Object[] testCase : cases) {
			Document page = html(mvc
				.perform(multipart("/tracker/import")
					.file(new MockMultipartFile("file", "upload.json", "application/json",
							((String) testCase[0]).getBytes(StandardCharsets.UTF_8)))
					.with(user(owner))
					.with(csrf()))
				.andExpect(status().isOk()));
			String summary = page.select(".app-error-summary[role=alert]").text();
			assertThat(summary).as((String) testCase[0]).contains((String) testCase[1]);
			if (!((String) testCase[0]).isEmpty()) {
				assertThat(summary).contains("Nothing was imported and nothing was changed.");
			}
			assertThat(page.select("#file-error").text()).startsWith("Error:");
			assertThat(fixtures.snapshot(owner)).isEqualTo(before);
		}
		Document invalid = html(mvc.perform(multipart("/tracker/import")
			.file(new MockMultipartFile("file", "upload.json", "application/json",
					((String) cases.get(cases.size() - 1)[0]).getBytes(StandardCharsets.UTF_8)))
			.with(user(owner))
			.with(csrf())));
		assertThat(invalid.select(".app-error-summary li").eachText()).contains(
				"Application 2, field label: Enter a name for this application.",
				"Application 2, field submittedOn: The date cannot be in the future.",
				"Application 2, entry 1, field note: The note must be 2000 characters or fewer.");
	}

	private static String withoutExportTime(byte[] json) {
		return new String(json, StandardCharsets.UTF_8).replaceAll("\"exportedAt\":\"[^\"]*\"", "");
	}

	private static VEvent event(List<VEvent> events, String summary) {
		return events.stream()
			.filter((e) -> value(e, Property.SUMMARY).equals(summary))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event " + summary));
	}

	private static String value(net.fortuna.ical4j.model.Component component, String name) {
		Optional<Property> property = component.getProperty(name);
		return property.map(Property::getValue).orElse("");
	}

	private static String basic(LocalDate date) {
		return date.toString().replace("-", "");
	}

}
