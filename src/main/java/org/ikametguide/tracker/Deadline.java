package org.ikametguide.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date that matters for an application: a due date recorded with its current status, or the extension window
 * given by "permit valid until". {@code days} is negative once the date has passed. A deadline without a date is one
 * the notice states and the user has not entered yet: it needs action now.
 */
public record Deadline(Type type, LocalDate date, long days) {

	/** Upcoming deadlines within this many days are highlighted. */
	public static final int SOON_DAYS = 7;

	/** An extension may be filed from this many days before the permit ends (Law No. 6458 art. 24(2); YİMER). */
	public static final int EXTENSION_WINDOW_DAYS = 60;

	/**
	 * Missing documents may be given up to this many days, counted from the date e-İkamet shows (YİMER). Only said
	 * to the reader: the notice states the actual deadline, so the tracker never adds this to a date.
	 */
	public static final int DOCUMENTS_MAX_DAYS = 30;

	/** Labels are messages {@code tracker.deadline.type.TYPE}. */
	public enum Type {

		DOCUMENTS, APPOINTMENT, DUE, EXTENSION_OPENS, PERMIT_EXPIRES

	}

	/** Labels are messages {@code tracker.deadline.urgency.URGENCY}. */
	public enum Urgency {

		/** The date is not known yet: the user must look it up in the notice and enter it. */
		NOW, OVERDUE, SOON, LATER

	}

	static Deadline of(Type type, LocalDate date, LocalDate today) {
		return new Deadline(type, date, ChronoUnit.DAYS.between(today, date));
	}

	/** A deadline the notice states and the user has not entered yet. */
	static Deadline withoutDate(Type type) {
		return new Deadline(type, null, 0);
	}

	public boolean isDated() {
		return date != null;
	}

	public Urgency urgency() {
		if (date == null) {
			return Urgency.NOW;
		}
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
