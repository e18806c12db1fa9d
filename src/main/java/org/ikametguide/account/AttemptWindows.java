package org.ikametguide.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one "attempts in a window" mechanism behind every limit of sign-in and registration: at most {@code max}
 * attempts per key within a sliding {@code window}. The attempts are rows in the database, so that a limit holds
 * across instances. An attempt is written first and counted after, each write committing on its own: of any number of
 * parallel attempts at most {@code max} get through (the last to count sees all the others). A refused attempt
 * removes its rows again, so knocking at a closed door does not keep it closed.
 */
@Component
class AttemptWindows {

	/** A limit: its name (stored with each attempt), how many attempts, within how long. */
	record Limit(String name, int max, Duration window) {
	}

	/** The longest window of any limit: older attempts can no longer matter. */
	static final Duration RETENTION = Duration.ofHours(1);

	private final AttemptRecordRepository attempts;

	private final Clock clock;

	@Autowired
	AttemptWindows(AttemptRecordRepository attempts) {
		this(attempts, Clock.systemUTC());
	}

	AttemptWindows(AttemptRecordRepository attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	/**
	 * Counts one attempt under each limit for its key (a text that is hashed here). Returns the ids of the rows that
	 * record it, or null when any limit is reached (then nothing is recorded).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<Long> tryAcquire(Map<Limit, String> keys) {
		Instant now = clock.instant();
		List<Long> recorded = new ArrayList<>();
		keys.forEach((limit, key) -> recorded
			.add(attempts.save(new AttemptRecord(limit.name(), Usernames.sha256(key), now)).getId()));
		boolean over = keys.entrySet()
			.stream()
			.anyMatch((entry) -> attempts.countByLimitNameAndKeyHashAndAttemptedAtAfter(entry.getKey().name(),
					Usernames.sha256(entry.getValue()), now.minus(entry.getKey().window())) > entry.getKey().max());
		if (over) {
			release(recorded);
			return null;
		}
		return recorded;
	}

	/** Takes these attempts back: they did not count (a success, or no verdict). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void release(List<Long> recorded) {
		attempts.deleteAllByIdInBatch(recorded);
	}

	/** Forgets every attempt under this limit for this key. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void clear(Limit limit, String key) {
		attempts.deleteByKey(limit.name(), Usernames.sha256(key));
	}

	/** Removes attempts too old to matter. */
	public int removeExpired() {
		return attempts.deleteOlderThan(clock.instant().minus(RETENTION));
	}

}
