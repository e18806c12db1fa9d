package org.ikametguide.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in lockout: after {@value #THRESHOLD} failed attempts for one username within 15 minutes, that username
 * is locked for 15 minutes from the last of them. Whether the username exists makes no difference.
 * <p>
 * The state is in the database so that it holds across instances. Each attempt is written <em>before</em> the
 * password is checked and counts as a failure until it succeeds; this way a burst of parallel guesses cannot slip
 * past the count while their checks are still running: at most {@value #THRESHOLD} passwords are ever checked per
 * window. A refused attempt removes its row again, so knocking at a locked door does not extend the lock.
 */
@Component
class LoginThrottle {

	static final int THRESHOLD = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	/** How long a failure can matter: it may open a window that ends in a lock that is still running. */
	static final Duration RETENTION = WINDOW.plus(LOCK);

	private final LoginFailureRepository failures;

	private final Clock clock;

	@Autowired
	LoginThrottle(LoginFailureRepository failures) {
		this(failures, Clock.systemUTC());
	}

	LoginThrottle(LoginFailureRepository failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	/** An attempt that may go on to check the password, or one refused because the username is locked. */
	public record Attempt(String usernameHash, Long id) {

		public boolean refused() {
			return id == null;
		}

	}

	/**
	 * Records an attempt for this username and tells whether it may check the password. Every write commits on its
	 * own (no surrounding transaction), so that other instances see it at once.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Attempt begin(String username) {
		String hash = Usernames.hash(username);
		Instant now = clock.instant();
		LoginFailure row = failures.save(new LoginFailure(hash, now));
		List<Instant> others = failures.findAttemptTimes(hash, now.minus(RETENTION), row.getId());
		if (lockedUntil(others, now).isPresent()) {
			failures.deleteById(row.getId());
			return new Attempt(hash, null);
		}
		return new Attempt(hash, row.getId());
	}

	/** The password was right: the count starts afresh. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void succeeded(Attempt attempt) {
		failures.deleteByUsernameHash(attempt.usernameHash());
	}

	/** The attempt could not be judged (an error, not a wrong password): it does not count. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void abandon(Attempt attempt) {
		if (!attempt.refused()) {
			failures.deleteById(attempt.id());
		}
	}

	/** Forgets every attempt for this username (its account was deleted). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forget(String username) {
		failures.deleteByUsernameHash(Usernames.hash(username));
	}

	/** Removes attempts too old to matter. */
	public int removeExpired() {
		return failures.deleteOlderThan(clock.instant().minus(RETENTION));
	}

	/**
	 * The end of the lock that these earlier attempts (oldest first) put on the username, if it is still running:
	 * {@value #THRESHOLD} attempts within {@link #WINDOW} lock it for {@link #LOCK} after the last of them.
	 */
	static Optional<Instant> lockedUntil(List<Instant> attempts, Instant now) {
		Instant until = null;
		for (int last = THRESHOLD - 1; last < attempts.size(); last++) {
			Instant first = attempts.get(last - THRESHOLD + 1);
			Instant end = attempts.get(last).plus(LOCK);
			if (!attempts.get(last).isAfter(first.plus(WINDOW)) && end.isAfter(now)
					&& (until == null || end.isAfter(until))) {
				until = end;
			}
		}
		return Optional.ofNullable(until);
	}

}
