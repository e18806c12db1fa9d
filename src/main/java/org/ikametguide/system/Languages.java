package org.ikametguide.system;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;

/** The languages the site speaks, English first (it is the source of every text). */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("en", "tr", "ar", "fa", "ru", "zh");

	public static final List<Locale> LOCALES = SUPPORTED.stream().map(Locale::forLanguageTag).toList();

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

	private Languages() {
	}

	public static boolean isSupported(Locale locale) {
		return locale != null && SUPPORTED.contains(locale.getLanguage());
	}

	/** The language of the current request, always one of {@link #SUPPORTED}. */
	public static String current() {
		String language = LocaleContextHolder.getLocale().getLanguage();
		return SUPPORTED.contains(language) ? language : SUPPORTED.get(0);
	}

	/**
	 * The locale that formats numbers and dates for a language. Arabic takes Western digits (the Unicode extension
	 * {@code nu-latn}), as the Arabic guide content and the official Turkish sites do; Persian keeps Persian digits,
	 * as its content does. Message files are still found by the language alone.
	 */
	public static Locale locale(String language) {
		return "ar".equals(language) ? Locale.forLanguageTag("ar-u-nu-latn") : Locale.forLanguageTag(language);
	}

	/**
	 * Text of unknown direction (what a reader typed) set inside a sentence: wrapped in FIRST STRONG ISOLATE …
	 * POP DIRECTIONAL ISOLATE, the plain-text form of {@code <bdi>}, so that a Latin query keeps its punctuation in
	 * place inside an Arabic sentence and the other way round.
	 */
	public static String isolate(String text) {
		return "\u2068" + text + "\u2069";
	}

	public static boolean isRightToLeft(String language) {
		return RIGHT_TO_LEFT.contains(language);
	}

}
