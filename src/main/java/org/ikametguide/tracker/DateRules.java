package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;


import org.springframework.validation.Errors;

/**
 * Date checks that need "today" in Turkey (see TrackerClock), which Bean Validation's @PastOrPresent, tied to the
 * server's zone, cannot give; plus a sane range that catches typos such as year 20026.
 */
public final class DateRules {

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	private DateRules() {
	}

	public static void notInFuture(Errors errors, String field, LocalDate date, LocalDate today) {
		if (date != null && !errors.hasFieldErrors(field)) {
			if (date.isAfter(today)) {
				errors.rejectValue(field, "tracker.date.future");
			}
			else {
				inRange(errors, field, date);
			}
		}
	}

	public static void inRange(Errors errors, String field, LocalDate date) {
		if (date != null && !errors.hasFieldErrors(field) && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			errors.rejectValue(field, "tracker.date.range");
		}
	}

	/**
	 * The rule of a form's date for a stored moment (an import's {@code createdAt}, {@code updatedAt}): not after
	 * today in Turkey, not before {@link #EARLIEST}. Returns the message code of what is wrong.
	 */
	public static Optional<String> timestampProblem(Instant instant, LocalDate today) {
		if (instant == null) {
			return Optional.empty();
		}
		if (!instant.isBefore(today.plusDays(1).atStartOfDay(TrackerClock.TURKEY).toInstant())) {
			return Optional.of("tracker.date.future");
		}
		if (instant.isBefore(EARLIEST.atStartOfDay(TrackerClock.TURKEY).toInstant())) {
			return Optional.of("tracker.date.range");
		}
		return Optional.empty();
	}

	public static void check(ApplicationForm form, Errors errors, LocalDate today) {
		notInFuture(errors, "submittedOn", form.getSubmittedOn(), today);
		inRange(errors, "validUntil", form.getValidUntil());
	}

	public static void check(StatusEntryForm form, Errors errors, LocalDate today) {
		notInFuture(errors, "date", form.getDate(), today);
		inRange(errors, "dueDate", form.getDueDate());
	}

}
