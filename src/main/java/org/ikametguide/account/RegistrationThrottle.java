package org.ikametguide.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At most {@value #LIMIT} registrations per client address and hour, counted in the database so that the limit
 * holds across instances. An attempt is written first and counted after, each write committing on its own: of any
 * number of parallel attempts, at most the limit get through (the last to count sees all the others).
 */
@Component
class RegistrationThrottle {

	static final int LIMIT = 10;

	static final Duration PERIOD = Duration.ofHours(1);

	private final RegistrationAttemptRepository attempts;

	private final Clock clock;

	@Autowired
	RegistrationThrottle(RegistrationAttemptRepository attempts) {
		this(attempts, Clock.systemUTC());
	}

	RegistrationThrottle(RegistrationAttemptRepository attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	/** Counts an attempt from this address; false when it is over the limit (and then it is not counted). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean tryAcquire(String clientAddress) {
		String hash = Usernames.sha256(String.valueOf(clientAddress));
		Instant now = clock.instant();
		RegistrationAttempt row = attempts.save(new RegistrationAttempt(hash, now));
		if (attempts.countByClientHashAndAttemptedAtAfter(hash, now.minus(PERIOD)) > LIMIT) {
			attempts.deleteById(row.getId());
			return false;
		}
		return true;
	}

	/** Removes attempts older than the period. */
	public int removeExpired() {
		return attempts.deleteOlderThan(clock.instant().minus(PERIOD));
	}

}
