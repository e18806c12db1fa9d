package org.ikametguide.tracker;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import org.springframework.format.annotation.DateTimeFormat;

/**
 * A status the user saw (new entry and edit): {@code status}, {@code date} (the day it was seen), an optional
 * {@code note} and {@code dueDate}. No id and no application: both come from the URL, checked against the owner.
 */
public class StatusEntryForm {

	public static final int NOTE_MAX = 2000;

	@NotNull(message = "{tracker.entry.status.required}")
	private ApplicationStatus status;

	@NotNull(message = "{tracker.entry.date.required}")
	@SeenDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Size(max = NOTE_MAX, message = "{tracker.entry.note.tooLong}")
	@PlainText(multiLine = true)
	private String note;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	private long version;

	public static StatusEntryForm startingOn(LocalDate today) {
		StatusEntryForm form = new StatusEntryForm();
		form.setDate(today);
		return form;
	}

	public static StatusEntryForm of(StatusEntry entry) {
		StatusEntryForm form = new StatusEntryForm();
		form.setStatus(entry.getStatus());
		form.setDate(entry.getDate());
		form.setNote(entry.getNote());
		form.setDueDate(entry.getDueDate());
		form.setVersion(entry.getVersion());
		return form;
	}

	public EntryDetails toDetails() {
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		return new EntryDetails(status, date, cleanNote, dueDate);
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public void setStatus(ApplicationStatus status) {
		this.status = status;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
