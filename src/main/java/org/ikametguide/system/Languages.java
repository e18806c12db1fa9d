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

	public static boolean isRightToLeft(String language) {
		return RIGHT_TO_LEFT.contains(language);
	}

}
