package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rule of a form's {@link SeenDate} for a stored moment: an import's {@code createdAt} or {@code updatedAt},
 * which no form carries.
 */
public final class DateRules {

	private DateRules() {
	}

	/**
	 * Its day in Turkey must not be after today there, nor before {@link PlausibleDate#EARLIEST}. Returns the message
	 * code of what is wrong.
	 */
	public static Optional<String> timestampProblem(Instant instant, LocalDate today) {
		if (instant == null) {
			return Optional.empty();
		}
		// Compared as instants: an imported moment may lie beyond the years a LocalDate can hold.
		if (!instant.isBefore(today.plusDays(1).atStartOfDay(TrackerClock.TURKEY).toInstant())) {
			return Optional.of("tracker.date.future");
		}
		if (instant.isBefore(PlausibleDate.EARLIEST.atStartOfDay(TrackerClock.TURKEY).toInstant())) {
			return Optional.of("tracker.date.range");
		}
		return Optional.empty();
	}

}
