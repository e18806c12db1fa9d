package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deadline rules. Only the current status's due date counts (a later status supersedes an earlier request); a
 * request for documents without a date is a deadline without one, to be taken from the notice (never guessed). Plus
 * the extension window: it opens {@value Deadline#EXTENSION_WINDOW_DAYS} days before "permit valid until" and closes
 * on that day (Law No. 6458 art. 24(2); YİMER).
 */
final class Deadlines {

	private Deadlines() {
	}

	/** The open deadlines of an application, earliest (so overdue ones) first. */
	static List<Deadline> of(TrackedApplication application, StatusEntry current, LocalDate today) {
		List<Deadline> deadlines = new ArrayList<>();
		if (current != null && current.getDueDate() != null) {
			deadlines.add(Deadline.of(typeOf(current.getStatus()), current.getDueDate(), today));
		}
		else if (current != null && current.getStatus().dueKind() == ApplicationStatus.DueKind.DOCUMENTS) {
			deadlines.add(Deadline.withoutDate(Deadline.Type.DOCUMENTS));
		}
		LocalDate validUntil = application.getValidUntil();
		if (validUntil != null) {
			LocalDate opens = extensionOpens(validUntil);
			if (today.isBefore(opens)) {
				deadlines.add(Deadline.of(Deadline.Type.EXTENSION_OPENS, opens, today));
			}
			deadlines.add(Deadline.of(Deadline.Type.PERMIT_EXPIRES, validUntil, today));
		}
		deadlines.sort(Comparator.comparing(Deadline::date, Comparator.nullsFirst(Comparator.naturalOrder())));
		return deadlines;
	}

	static LocalDate extensionOpens(LocalDate validUntil) {
		return validUntil.minusDays(Deadline.EXTENSION_WINDOW_DAYS);
	}

	static Deadline.Type typeOf(ApplicationStatus status) {
		return switch (status.dueKind()) {
			case DOCUMENTS -> Deadline.Type.DOCUMENTS;
			case APPOINTMENT -> Deadline.Type.APPOINTMENT;
			case DUE -> Deadline.Type.DUE;
		};
	}

}
