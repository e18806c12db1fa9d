package org.ikametguide.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats dates in the reader's language; templates call it as {@code @dates.format(date)}. */
@Component("dates")
public class Dates {

	public String format(LocalDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		// withDecimalStyle: java.time writes ASCII digits unless told to use the locale's own (Persian ۲۸).
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.withDecimalStyle(DecimalStyle.of(locale)));
	}

}
