package org.ikametguide.tracker;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.ikametguide.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-address limit of calendar fetches: a window per address, and a bounded number of addresses. */
class FeedRateLimitTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

	@Test
	void anAddressGetsTheLimitPerWindowThenWaitsForTheNextWindow() {
		FeedRateLimit limit = new FeedRateLimit(clock, 10);
		for (int i = 0; i < FeedRateLimit.LIMIT; i++) {
			assertThat(limit.tryAcquire(1)).isTrue();
		}
		assertThat(limit.tryAcquire(1)).isFalse();
		assertThat(limit.tryAcquire(2)).as("each address counts alone").isTrue();
		assertThat(limit.secondsLeft(1)).isEqualTo(FeedRateLimit.WINDOW.toSeconds());

		clock.advance(FeedRateLimit.WINDOW.minusSeconds(1));
		assertThat(limit.tryAcquire(1)).isFalse();
		assertThat(limit.secondsLeft(1)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(1));
		assertThat(limit.tryAcquire(1)).as("a new window").isTrue();
	}

	@Test
	void theNumberOfAddressesItRemembersIsBounded() {
		FeedRateLimit limit = new FeedRateLimit(clock, 2);
		assertThat(limit.tryAcquire(1)).isTrue();
		assertThat(limit.tryAcquire(2)).isTrue();
		assertThat(limit.tryAcquire(3)).as("full, and no window has ended").isFalse();
		assertThat(limit.tryAcquire(1)).as("an address it already counts goes on").isTrue();

		clock.advance(FeedRateLimit.WINDOW);
		assertThat(limit.tryAcquire(3)).as("ended windows make room").isTrue();
	}

}
