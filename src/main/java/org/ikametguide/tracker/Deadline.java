package org.ikametguide.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date that matters for an application: a due date recorded with its current status, or the extension window
 * given by "permit valid until". {@code days} is negative once the date has passed.
 */
public record Deadline(Type type, LocalDate date, long days, boolean suggested) {

	/** Upcoming deadlines within this many days are highlighted. */
	public static final int SOON_DAYS = 7;

	/** An extension may be filed from this many days before the permit ends. */
	public static final int EXTENSION_WINDOW_DAYS = 60;

	/** Labels are messages {@code tracker.deadline.type.TYPE}. */
	public enum Type {

		DOCUMENTS, APPOINTMENT, DUE, EXTENSION_OPENS, PERMIT_EXPIRES

	}

	/** Labels are messages {@code tracker.deadline.urgency.URGENCY}. */
	public enum Urgency {

		OVERDUE, SOON, LATER

	}

	static Deadline of(Type type, LocalDate date, LocalDate today, boolean suggested) {
		return new Deadline(type, date, ChronoUnit.DAYS.between(today, date), suggested);
	}

	public Urgency urgency() {
		if (days < 0) {
			return Urgency.OVERDUE;
		}
		return (days <= SOON_DAYS) ? Urgency.SOON : Urgency.LATER;
	}

	public boolean isHighlighted() {
		return urgency() != Urgency.LATER;
	}

	/** For messages: the number of days without a sign. */
	public long getDistance() {
		return Math.abs(days);
	}

}
