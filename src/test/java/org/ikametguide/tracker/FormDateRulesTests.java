package org.ikametguide.tracker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms' date rules as Bean Validation applies them: "today" is today in Turkey (TrackerValidation gives the
 * validator the tracker's clock), and a date gets at most one date message.
 */
class FormDateRulesTests {

	/** 22:30 in London's winter is 01:30 the next day in İstanbul. */
	private static final Instant LATE_EVENING_UTC = Instant.parse("2031-03-14T22:30:00Z");

	private static final LocalDate TODAY_IN_TURKEY = LocalDate.of(2031, 3, 15);

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(TrackerValidation.class)
		.withBean(TrackerClock.class, () -> new TrackerClock(Clock.fixed(LATE_EVENING_UTC, TrackerClock.TURKEY)));

	@Test
	void aDateSeenTodayInTurkeyIsNotInTheFutureWhateverTheServersZone() {
		this.context.run((context) -> {
			Validator validator = context.getBean(Validator.class);
			assertThat(messages(validator, entry(TODAY_IN_TURKEY))).isEmpty();
			assertThat(messages(validator, entry(TODAY_IN_TURKEY.plusDays(1)))).containsExactly("{tracker.date.future}");
		});
	}

	@Test
	void aTypoInTheYearGetsOneMessage() {
		this.context.run((context) -> {
			Validator validator = context.getBean(Validator.class);
			assertThat(messages(validator, entry(LocalDate.of(20026, 1, 1)))).containsExactly("{tracker.date.future}");
			assertThat(messages(validator, entry(LocalDate.of(26, 1, 1)))).containsExactly("{tracker.date.range}");
			StatusEntryForm due = entry(TODAY_IN_TURKEY);
			due.setDueDate(LocalDate.of(2101, 1, 1));
			assertThat(messages(validator, due)).containsExactly("{tracker.date.range}");
			due.setDueDate(LocalDate.of(2100, 12, 31));
			assertThat(messages(validator, due)).isEmpty();
		});
	}

	private static StatusEntryForm entry(LocalDate date) {
		StatusEntryForm form = StatusEntryForm.startingOn(date);
		form.setStatus(ApplicationStatus.IN_REVIEW);
		return form;
	}

	private static List<String> messages(Validator validator, Object form) {
		return validator.validate(form).stream().map(ConstraintViolation::getMessageTemplate).toList();
	}

}
