package org.ikametguide.tracker;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.apache.commons.csv.CSVPrinter;

/**
 * All of a user's applications and entries as one CSV table (one row per entry; an application without entries gets
 * one row with empty entry columns), in the overview's order. Written with Apache Commons CSV; every text cell is made
 * spreadsheet-safe.
 */
final class TrackerCsv {

	static final String[] HEADER = { "application_number", "label", "permit_type", "kind", "submitted_on", "office",
			"valid_until", "ptt_barcode", "status", "status_label", "date", "note", "due_date" };

	/** The overview's order: latest submission first. */
	private static final Comparator<ApplicationEntries> OVERVIEW_ORDER = Comparator
		.comparing((ApplicationEntries stored) -> stored.application().getSubmittedOn())
		.thenComparing((stored) -> stored.application().getId())
		.reversed();

	private TrackerCsv() {
	}

	/** Writes {@code everything} (as {@link TrackerBackup#everything} reads it) with the statuses' labels. */
	static void write(List<ApplicationEntries> everything, Map<ApplicationStatus, StatusText> texts, Writer out)
			throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setQuoteMode(QuoteMode.ALL).get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (ApplicationEntries stored : everything.stream().sorted(OVERVIEW_ORDER).toList()) {
				if (stored.entries().isEmpty()) {
					printer.printRecord(row(stored.application(), null, texts));
				}
				for (StatusEntry entry : stored.entries()) {
					printer.printRecord(row(stored.application(), entry, texts));
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
