package org.ikametguide.tracker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.ClockProvider;

import org.springframework.stereotype.Component;

/**
 * "Today" for the tracker is today in Turkey, where the applications and their deadlines are, whatever the
 * server's time zone: a date seen this morning in İstanbul must not count as "in the future". Bean Validation asks
 * it too (see TrackerValidation), so {@code @PastOrPresent} on a form's date means "not after today in Turkey".
 */
@Component
public class TrackerClock implements ClockProvider {

	public static final ZoneId TURKEY = ZoneId.of("Europe/Istanbul");

	private final Clock clock;

	public TrackerClock() {
		this(Clock.system(TURKEY));
	}

	TrackerClock(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Instant now() {
		return clock.instant();
	}

	@Override
	public Clock getClock() {
		return clock;
	}

}
