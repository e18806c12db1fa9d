package org.ikametguide.system;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as a reader of each language writes them: month names, order, and digits (Persian ones in Persian). */
class DatesTests {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest
	@CsvSource({ "en, 'November 28, 2026'", "tr, 28 Kasım 2026", "ar, 28 نوفمبر 2026", "fa, ۲۸ نوامبر ۲۰۲۶",
			"ru, 28 ноября 2026 г.", "zh, 2026年11月28日" })
	void formatsADateInTheReadersLanguage(String language, String expected) {
		LocaleContextHolder.setLocale(Languages.locale(language));
		assertThat(new Dates().format(LocalDate.of(2026, 11, 28))).isEqualTo(expected);
	}

}
