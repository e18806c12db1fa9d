package org.ikametguide.account;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes sign-in and registration records once they can no longer matter, so that the tables stay small and hold
 * nothing longer than needed. Safe to run on every instance at once: each run only deletes old rows.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccountHousekeeping {

	private final AttemptWindows attempts;

	AccountHousekeeping(AttemptWindows attempts) {
		this.attempts = attempts;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void removeExpired() {
		attempts.removeExpired();
	}

}
