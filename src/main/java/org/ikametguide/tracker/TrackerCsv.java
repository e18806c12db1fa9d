package org.ikametguide.tracker;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * All of a user's applications and entries as one CSV table (one row per entry; an application without entries gets
 * one row with empty entry columns). Written with Apache Commons CSV; every text cell is made spreadsheet-safe.
 */
@Component
class TrackerCsv {

	static final String[] HEADER = { "application_number", "label", "permit_type", "kind", "submitted_on", "office",
			"valid_until", "ptt_barcode", "status", "status_label", "date", "note", "due_date" };

	private final TrackedApplicationRepository applications;

	private final StatusEntryRepository entries;

	TrackerCsv(TrackedApplicationRepository applications, StatusEntryRepository entries) {
		this.applications = applications;
		this.entries = entries;
	}

	@Transactional(readOnly = true)
	public void write(long ownerId, Map<ApplicationStatus, StatusText> texts, Writer out) throws IOException {
		Map<Long, List<StatusEntry>> byApplication = new LinkedHashMap<>();
		for (StatusEntry entry : entries.findAllByOwner(ownerId)) {
			byApplication.computeIfAbsent(entry.getApplication().getId(), (id) -> new ArrayList<>()).add(entry);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setQuoteMode(QuoteMode.ALL).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (TrackedApplication application : applications.findByOwner(ownerId)) {
				List<StatusEntry> own = byApplication.getOrDefault(application.getId(), List.of());
				if (own.isEmpty()) {
					printer.printRecord(row(application, null, texts));
				}
				for (StatusEntry entry : own) {
					printer.printRecord(row(application, entry, texts));
				}
			}
		}
	}

	private static List<String> row(TrackedApplication application, StatusEntry entry,
			Map<ApplicationStatus, StatusText> texts) {
		List<String> cells = new ArrayList<>(List.of(text(application.getApplicationNumber()),
				text(application.getLabel()), application.getPermitType().name(), application.getKind().name(),
				date(application.getSubmittedOn()), text(application.getOffice()), date(application.getValidUntil()),
				text(application.getPttBarcode())));
		if (entry == null) {
			cells.addAll(List.of("", "", "", "", ""));
		}
		else {
			cells.addAll(List.of(entry.getStatus().name(), text(texts.get(entry.getStatus()).label()),
					date(entry.getDate()), text(entry.getNote()), date(entry.getDueDate())));
		}
		return cells;
	}

	private static String text(String value) {
		return (value == null) ? "" : SpreadsheetSafe.cell(value);
	}

	private static String date(LocalDate date) {
		return (date == null) ? "" : date.toString();
	}

}
