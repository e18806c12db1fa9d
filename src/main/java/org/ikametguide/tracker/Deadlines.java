package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deadline rules. Only the current status's due date counts (a later status supersedes an earlier request), plus
 * the extension window: it opens {@value Deadline#EXTENSION_WINDOW_DAYS} days before "permit valid until" and closes
 * on that day.
 */
final class Deadlines {

	private Deadlines() {
	}

	/** The open deadlines of an application, earliest (so overdue ones) first. */
	static List<Deadline> of(TrackedApplication application, StatusEntry current, LocalDate today) {
		List<Deadline> deadlines = new ArrayList<>();
		if (current != null && current.getDueDate() != null) {
			deadlines.add(Deadline.of(typeOf(current.getStatus()), current.getDueDate(), today,
					current.isDueDateSuggested()));
		}
		LocalDate validUntil = application.getValidUntil();
		if (validUntil != null) {
			LocalDate opens = extensionOpens(validUntil);
			if (today.isBefore(opens)) {
				deadlines.add(Deadline.of(Deadline.Type.EXTENSION_OPENS, opens, today, false));
			}
			deadlines.add(Deadline.of(Deadline.Type.PERMIT_EXPIRES, validUntil, today, false));
		}
		deadlines.sort(Comparator.comparing(Deadline::date));
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
