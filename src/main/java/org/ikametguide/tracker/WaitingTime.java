package org.ikametguide.tracker;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Days since submission, set against the period for a decision: up to 90 days after a complete file (Law No. 6458
 * art. 21(5)); for long-term permits in İstanbul and Antalya, up to 180 days by YİMER's guidance (not a period the
 * law sets). Shown as a yardstick, never as a promise: the period runs from a complete file, which may be later than
 * the day of submission.
 */
public record WaitingTime(long days, int periodDays, boolean compared) {

	/** Law No. 6458 art. 21(5). */
	public static final int LAW_DAYS = 90;

	/** YİMER's guidance for long-term permits in İstanbul and Antalya; guidance, not law. */
	public static final int LONG_TERM_LARGE_PROVINCE_DAYS = 180;

	static WaitingTime of(TrackedApplication application, StatusEntry current, LocalDate today) {
		long days = Math.max(0, ChronoUnit.DAYS.between(application.getSubmittedOn(), today));
		boolean decided = current != null && current.getStatus().decided();
		return new WaitingTime(days, periodDays(application.getPermitType(), application.getOffice()), !decided);
	}

	static int periodDays(PermitType type, String office) {
		if (type == PermitType.LONG_TERM && office != null) {
			String folded = fold(office);
			if (folded.contains("istanbul") || folded.contains("antalya")) {
				return LONG_TERM_LARGE_PROVINCE_DAYS;
			}
		}
		return LAW_DAYS;
	}

	/** "İSTANBUL", "Istanbul", "ıstanbul" and "istanbul" all fold to "istanbul". */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('ı', 'i').replace('İ', 'I').toLowerCase(Locale.ROOT);
	}

	public boolean isBeyond() {
		return compared && days > periodDays;
	}

	public long getDaysBeyond() {
		return Math.max(0, days - periodDays);
	}

	/** Whether the period is YİMER's guidance for long-term permits rather than the law's. */
	public boolean isExtendedPeriod() {
		return periodDays == LONG_TERM_LARGE_PROVINCE_DAYS;
	}

}
