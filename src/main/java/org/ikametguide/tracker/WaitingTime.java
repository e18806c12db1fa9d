package org.ikametguide.tracker;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Days since submission, set against the statutory period for a decision: up to 90 days after a complete file, up to
 * 180 for long-term permits in İstanbul and Antalya (source: YİMER, yimer.gov.tr). Shown as a yardstick, never as a
 * promise: the period runs from a complete file, which may be later than the day of submission.
 */
public record WaitingTime(long days, int statutoryDays, boolean compared) {

	public static final int STATUTORY_DAYS = 90;

	public static final int LONG_TERM_LARGE_PROVINCE_DAYS = 180;

	public static final String SOURCE_URL = "https://www.yimer.gov.tr";

	static WaitingTime of(TrackedApplication application, StatusEntry current, LocalDate today) {
		long days = Math.max(0, ChronoUnit.DAYS.between(application.getSubmittedOn(), today));
		boolean decided = current != null && current.getStatus().decided();
		return new WaitingTime(days, statutoryDays(application.getPermitType(), application.getOffice()), !decided);
	}

	static int statutoryDays(PermitType type, String office) {
		if (type == PermitType.LONG_TERM && office != null) {
			String folded = fold(office);
			if (folded.contains("istanbul") || folded.contains("antalya")) {
				return LONG_TERM_LARGE_PROVINCE_DAYS;
			}
		}
		return STATUTORY_DAYS;
	}

	/** "İSTANBUL", "Istanbul", "ıstanbul" and "istanbul" all fold to "istanbul". */
	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('ı', 'i').replace('İ', 'I').toLowerCase(Locale.ROOT);
	}

	public boolean isBeyond() {
		return compared && days > statutoryDays;
	}

	public long getDaysBeyond() {
		return Math.max(0, days - statutoryDays);
	}

	public boolean isExtendedPeriod() {
		return statutoryDays == LONG_TERM_LARGE_PROVINCE_DAYS;
	}

}
