package org.ikametguide.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The wait as a picture: days since submission on a scale that reaches past the 90-day mark (Law No. 6458, art.
 * 21(5)) and, where YİMER's guidance applies, the 180-day mark, with each change of status as a mark and today's
 * position. Positions are in the units of the picture's view box ({@link #WIDTH} wide); the template mirrors the
 * whole picture for right-to-left pages, so nothing here knows about direction.
 */
public record WaitingBar(long today, long span, List<Limit> limits, List<Mark> marks, boolean compared) {

	/** The timeline's order: by the day seen, then as recorded. */
	static final Comparator<StatusEntry> OLDEST_FIRST = Comparator.comparing(StatusEntry::getDate)
		.thenComparing(StatusEntry::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	public static final int WIDTH = 1000;

	/** A mark for a deadline in days (90, 180) and whether today is past it. */
	public record Limit(int days, double x, long remaining) {

		public boolean isPassed() {
			return remaining < 0;
		}

		public long getDaysPast() {
			return -remaining;
		}

	}

	/** A status first seen on {@code date}, {@code day} days after submission. */
	public record Mark(ApplicationStatus status, LocalDate date, long day, double x) {
	}

	/**
	 * @param entries the entries to mark, in any order; consecutive entries of one status make one mark (its first
	 * day), so a status checked every day is one mark, not a smudge
	 */
	static WaitingBar of(WaitingTime waiting, LocalDate submittedOn, List<StatusEntry> entries) {
		List<StatusEntry> inOrder = new ArrayList<>(entries);
		inOrder.sort(OLDEST_FIRST);
		List<StatusEntry> changes = new ArrayList<>();
		for (StatusEntry entry : inOrder) {
			if (changes.isEmpty() || changes.get(changes.size() - 1).getStatus() != entry.getStatus()) {
				changes.add(entry);
			}
		}
		List<Integer> limitDays = waiting.isExtendedPeriod()
				? List.of(WaitingTime.LAW_DAYS, WaitingTime.LONG_TERM_LARGE_PROVINCE_DAYS)
				: List.of(WaitingTime.LAW_DAYS);
		long furthest = Math.max(waiting.days(), limitDays.get(limitDays.size() - 1));
		for (StatusEntry change : changes) {
			furthest = Math.max(furthest, day(submittedOn, change.getDate()));
		}
		// A tenth more than the furthest day, in whole tens, so the last mark never sits on the edge.
		long span = ((furthest + furthest / 10) / 10 + 1) * 10;
		List<Limit> limits = limitDays.stream()
			.map((days) -> new Limit(days, x(days, span), days - waiting.days()))
			.toList();
		List<Mark> marks = changes.stream().map((entry) -> {
			long day = day(submittedOn, entry.getDate());
			return new Mark(entry.getStatus(), entry.getDate(), day, x(day, span));
		}).toList();
		return new WaitingBar(waiting.days(), span, limits, marks, waiting.compared());
	}

	private static long day(LocalDate submittedOn, LocalDate date) {
		return Math.max(0, ChronoUnit.DAYS.between(submittedOn, date));
	}

	private static double x(long day, long span) {
		return Math.round(day * WIDTH * 10.0 / span) / 10.0;
	}

	public double getTodayX() {
		return x(today, span);
	}

}
