package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A status the user saw on a given day, with an optional note and due date (a deadline or an appointment). A due date
 * is only ever one the user entered: when the status asks for documents and no date is given, none is made up (the
 * notice in e-İkamet states it; {@link Deadlines} shows the application as needing that date).
 */
@Entity
@Table(name = "status_entry")
public class StatusEntry extends EditedRecord {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id", nullable = false, updatable = false)
	private TrackedApplication application;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	@Column(name = "seen_on")
	private LocalDate date;

	private String note;

	// The column due_date_suggested (V4) marked dates that older versions guessed; V40 removed them, and it is no
	// longer mapped.
	private LocalDate dueDate;

	protected StatusEntry() {
	}

	public StatusEntry(TrackedApplication application, EntryDetails details, Instant now) {
		super(now);
		this.application = application;
		apply(details, now);
	}

	public void apply(EntryDetails details, Instant now) {
		this.status = details.status();
		this.date = details.date();
		this.note = details.note();
		this.dueDate = details.dueDate();
		edited(now);
	}

	/**
	 * The same status seen again, without a date of its own, keeps the date the user gave it (an appointment or the
	 * date from the notice does not disappear each time the user checks).
	 */
	void carryDueDateFrom(StatusEntry previous) {
		if (previous != null && previous.status == status && previous.dueDate != null && dueDate == null) {
			this.dueDate = previous.dueDate;
		}
	}

	public EntryDetails details() {
		return new EntryDetails(status, date, note, dueDate);
	}

	public TrackedApplication getApplication() {
		return application;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getNote() {
		return note;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

}
