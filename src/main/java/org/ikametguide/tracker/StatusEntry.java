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
 * A status the user saw on a given day, with an optional note and due date (a deadline or an appointment). When the
 * status asks for documents and the user gives no date, the usual period is proposed and marked as such.
 */
@Entity
@Table(name = "status_entry")
public class StatusEntry {

	/** The usual period to hand in missing documents; always to be checked against the notice. */
	public static final int USUAL_DOCUMENTS_PERIOD_DAYS = 30;

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

	private LocalDate dueDate;

	private boolean dueDateSuggested;

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
		// An edit that leaves a proposed date as it was keeps it marked as proposed.
		boolean keepsSuggestion = dueDateSuggested && details.dueDate() != null && details.dueDate().equals(dueDate)
				&& details.status() == ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED;
		this.status = details.status();
		this.date = details.date();
		this.note = details.note();
		this.dueDate = details.dueDate();
		this.dueDateSuggested = keepsSuggestion;
		if (dueDate == null && status == ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED) {
			this.dueDate = date.plusDays(USUAL_DOCUMENTS_PERIOD_DAYS);
			this.dueDateSuggested = true;
		}
		this.updatedAt = now;
	}

	/**
	 * The same status seen again, without a date of its own, keeps the date it came with (an appointment does not
	 * move, and a proposed deadline does not slide 30 days further each time the user checks).
	 */
	void carryDueDateFrom(StatusEntry previous) {
		if (previous != null && previous.status == status && previous.dueDate != null && dueDateSuggestedOrAbsent()) {
			this.dueDate = previous.dueDate;
			this.dueDateSuggested = previous.dueDateSuggested;
		}
	}

	private boolean dueDateSuggestedOrAbsent() {
		return dueDate == null || dueDateSuggested;
	}

	/** Restores an exported entry as it was, suggestion flag and timestamps included. */
	void restore(boolean dueDateSuggested, Instant createdAt, Instant updatedAt) {
		this.dueDateSuggested = dueDateSuggested;
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

	public boolean isDueDateSuggested() {
		return dueDateSuggested;
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
