package org.ikametguide.tracker;

import java.time.LocalDate;

/** One status the user saw, validated. {@code dueDate} may be null. Never logged (it holds the note). */
public record EntryDetails(ApplicationStatus status, LocalDate date, String note, LocalDate dueDate) {

	@Override
	public String toString() {
		return "EntryDetails[redacted]";
	}

}
