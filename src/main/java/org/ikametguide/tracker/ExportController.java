package org.ikametguide.tracker;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of the user's own data: everything as CSV or JSON, one application's dates as a calendar. */
@Controller
class ExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final TrackerService tracker;

	private final TrackerBackup backup;

	private final TrackerCalendar calendar;

	private final StatusTexts statusTexts;

	private final TrackerClock clock;

	ExportController(TrackerService tracker, TrackerBackup backup, TrackerCalendar calendar, StatusTexts statusTexts,
			TrackerClock clock) {
		this.tracker = tracker;
		this.backup = backup;
		this.calendar = calendar;
		this.statusTexts = statusTexts;
		this.clock = clock;
	}

	@GetMapping("/tracker/export.csv")
	ResponseEntity<String> exportCsv(@AuthenticationPrincipal AccountPrincipal principal) throws IOException {
		StringWriter out = new StringWriter();
		TrackerCsv.write(backup.everything(principal.getAccountId()), statusTexts.current(), out);
		return download(out.toString(), TEXT_CSV, "ikamet-tracker-" + clock.today() + ".csv");
	}

	@GetMapping("/tracker/export.json")
	ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal AccountPrincipal principal) {
		byte[] body = backup.exportJson(principal.getAccountId());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("ikamet-tracker-" + clock.today() + ".json"))
			.body(body);
	}

	@GetMapping("/tracker/applications/{applicationId:\\d+}/calendar.ics")
	ResponseEntity<String> exportCalendar(@AuthenticationPrincipal AccountPrincipal principal,
			@PathVariable long applicationId) {
		String body = calendar.write(tracker.dated(principal.getAccountId(), applicationId), statusTexts.current(),
				LocaleContextHolder.getLocale());
		return download(body, TEXT_CALENDAR, "ikamet-application-" + applicationId + ".ics");
	}

	private static ResponseEntity<String> download(String body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename))
			.body(body);
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
