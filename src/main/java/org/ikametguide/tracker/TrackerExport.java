package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON export format, version {@value #VERSION}: everything a user tracks, to keep as a backup or to move to
 * another server. {@code format} tells a tracker export from any other JSON file. Change the version when the shape
 * changes, and keep reading the old one.
 */
public record TrackerExport(String format, int version, Instant exportedAt, List<Application> applications) {

	public static final String FORMAT = "ikamet-guide-tracker";

	public static final int VERSION = 1;

	/** The export of {@code everything} a user tracks, as {@link TrackerBackup#everything} reads it. */
	static TrackerExport of(List<ApplicationEntries> everything, Instant exportedAt) {
		return new TrackerExport(FORMAT, VERSION, exportedAt, everything.stream().map(Application::of).toList());
	}

	/**
	 * One application and its entries, oldest first. {@code pttBarcode} (the card's PTT shipment barcode) is written
	 * only when one is kept; files without it, such as those made before it was exported, import without one.
	 */
	public record Application(String applicationNumber, String label, PermitType permitType, ApplicationKind kind,
			LocalDate submittedOn, String office, LocalDate validUntil,
			@JsonInclude(JsonInclude.Include.NON_NULL) String pttBarcode, Instant createdAt, Instant updatedAt,
			List<Entry> entries) {

		static Application of(ApplicationEntries stored) {
			TrackedApplication a = stored.application();
			return new Application(a.getApplicationNumber(), a.getLabel(), a.getPermitType(), a.getKind(),
					a.getSubmittedOn(), a.getOffice(), a.getValidUntil(), a.getPttBarcode(), a.getCreatedAt(),
					a.getUpdatedAt(), stored.entries().stream().map(Entry::of).toList());
		}

		/** The form a user would have filled in for this application: an import checks it by the form's rules. */
		ApplicationForm toForm() {
			ApplicationForm form = new ApplicationForm();
			form.setApplicationNumber(applicationNumber);
			form.setLabel(label);
			form.setPermitType(permitType);
			form.setKind(kind);
			form.setSubmittedOn(submittedOn);
			form.setOffice(office);
			form.setValidUntil(validUntil);
			return form;
		}

		/** The entries, none when the file leaves them out. */
		List<Entry> entriesOrNone() {
			return (entries == null) ? List.of() : entries;
		}

		@Override
		public String toString() {
			return "Application[redacted]";
		}

	}

	/**
	 * One status entry. {@code dueDateSuggested} is only read: older versions wrote {@code true} for a due date they
	 * guessed (30 days after the day the status was seen), and such a date is not imported. It is no longer written.
	 */
	public record Entry(ApplicationStatus status, LocalDate date, String note, LocalDate dueDate,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean dueDateSuggested, Instant createdAt,
			Instant updatedAt) {

		static Entry of(StatusEntry entry) {
			return new Entry(entry.getStatus(), entry.getDate(), entry.getNote(), entry.getDueDate(), null,
					entry.getCreatedAt(), entry.getUpdatedAt());
		}

		/** The form a user would have filled in for this entry: an import checks it by the form's rules. */
		StatusEntryForm toForm() {
			StatusEntryForm form = new StatusEntryForm();
			form.setStatus(status);
			form.setDate(date);
			form.setNote(note);
			form.setDueDate(enteredDueDate());
			return form;
		}

		/** The due date the user entered; none for a date an older version guessed. */
		LocalDate enteredDueDate() {
			return Boolean.TRUE.equals(dueDateSuggested) ? null : dueDate;
		}

		@Override
		public String toString() {
			return "Entry[redacted]";
		}

	}

}
