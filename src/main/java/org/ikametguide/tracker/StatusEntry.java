package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A status the user saw on a given day, with an optional note and due date (a deadline or an appointment). A due date
 * is only ever one the user entered: when the status asks for documents and no date is given, none is made up (the
 * notice in e-İkamet states it; {@link Deadlines} shows the application as needing that date).
 */
@Entity
@Table(name = "status_entry")
public class StatusEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected StatusEntry() {
	}

	public StatusEntry(TrackedApplication application, EntryDetails details, Instant now) {
		this.application = application;
		this.createdAt = now;
		apply(details, now);
	}

	public void apply(EntryDetails details, Instant now) {
		this.status = details.status();
		this.date = details.date();
		this.note = details.note();
		this.dueDate = details.dueDate();
		this.updatedAt = now;
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

	/** Restores an exported entry's timestamps. */
	void restore(Instant createdAt, Instant updatedAt) {
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	public EntryDetails details() {
		return new EntryDetails(status, date, note, dueDate);
	}

	public Long getId() {
		return id;
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

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
