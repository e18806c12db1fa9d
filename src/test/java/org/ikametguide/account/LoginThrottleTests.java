package org.ikametguide.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.ikametguide.MovableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.account.AccountTestSupport.uniqueUsername;

/** The lockout's timing and its hold across instances, on the real database with a clock the test moves. */
@SpringBootTest
class LoginThrottleTests {

	private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

	@Autowired
	private LoginFailureRepository failures;

	@Autowired
	private RegistrationAttemptRepository registrationAttempts;

	private final MovableClock clock = new MovableClock(T0);

	@Test
	void fiveFailuresWithinFifteenMinutesLockForFifteenMinutesFromTheFifth() {
		LoginThrottle throttle = new LoginThrottle(failures, clock);
		String username = uniqueUsername("timing");
		for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
			assertThat(throttle.begin(username).refused()).isFalse();
			clock.advance(Duration.ofMinutes(3)); // failures at 0, 3, 6, 9, 12 minutes
		}
		clock.set(T0.plus(Duration.ofMinutes(12 + 14)));
		assertThat(throttle.begin(username).refused()).as("14 minutes after the fifth").isTrue();
		clock.set(T0.plus(Duration.ofMinutes(12 + 15)).plusSeconds(1));
		LoginThrottle.Attempt afterLock = throttle.begin(username);
		assertThat(afterLock.refused()).as("15 minutes after the fifth").isFalse();
		// The old failures do not combine with new ones: four more are not yet a lock.
		for (int i = 0; i < LoginThrottle.THRESHOLD - 2; i++) {
			assertThat(throttle.begin(username).refused()).isFalse();
		}
		assertThat(throttle.begin(username).refused()).as("the fifth new failure is recorded").isFalse();
		assertThat(throttle.begin(username).refused()).as("locked again").isTrue();
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
		LoginThrottle throttle = new LoginThrottle(failures, clock);
		String username = uniqueUsername("slow");
		for (int i = 0; i < 3 * LoginThrottle.THRESHOLD; i++) {
			assertThat(throttle.begin(username).refused()).isFalse();
			clock.advance(Duration.ofMinutes(4));
		}
	}

	@Test
	void theLockHoldsForAnotherInstanceAndIsPerUsernameInAnyCase() {
		String username = uniqueUsername("Shared");
		LoginThrottle first = new LoginThrottle(failures, clock);
		for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
			first.begin(username);
		}
		LoginThrottle second = new LoginThrottle(failures, clock);
		assertThat(second.begin(username.toUpperCase()).refused()).isTrue();
		assertThat(second.begin(uniqueUsername("someoneelse")).refused()).isFalse();
	}

	@Test
	void aSuccessClearsTheCount() {
		LoginThrottle throttle = new LoginThrottle(failures, clock);
		String username = uniqueUsername("success");
		for (int i = 0; i < LoginThrottle.THRESHOLD - 1; i++) {
			throttle.begin(username);
		}
		throttle.succeeded(throttle.begin(username));
		for (int i = 0; i < LoginThrottle.THRESHOLD; i++) {
			assertThat(throttle.begin(username).refused()).isFalse();
		}
		assertThat(throttle.begin(username).refused()).isTrue();
	}

	@Test
	void aBurstOfParallelGuessesChecksAtMostFivePasswords() throws Exception {
		LoginThrottle throttle = new LoginThrottle(failures, Clock.systemUTC());
		String username = uniqueUsername("burst");
		int threads = 24;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Callable<Boolean> guess = () -> {
				start.await();
				return !throttle.begin(username).refused();
			};
			results.add(pool.submit(guess));
		}
		start.countDown();
		int checked = 0;
		for (Future<Boolean> result : results) {
			checked += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(checked).isBetween(1, LoginThrottle.THRESHOLD);
	}

	@Test
	void oldRecordsAreRemovedAndRecentOnesKept() {
		LoginThrottle throttle = new LoginThrottle(failures, clock);
		RegistrationThrottle registrations = new RegistrationThrottle(registrationAttempts, clock);
		String old = uniqueUsername("old");
		String recent = uniqueUsername("recent");
		throttle.begin(old);
		registrations.tryAcquire("198.51.100.1");
		clock.advance(Duration.ofMinutes(61));
		throttle.begin(recent);
		registrations.tryAcquire("198.51.100.2");
		long failuresBefore = failures.count();
		long attemptsBefore = registrationAttempts.count();

		assertThat(throttle.removeExpired()).isPositive();
		assertThat(registrations.removeExpired()).isPositive();

		assertThat(failures.findAttemptTimes(Usernames.hash(old), Instant.EPOCH, -1)).isEmpty();
		assertThat(failures.findAttemptTimes(Usernames.hash(recent), Instant.EPOCH, -1)).hasSize(1);
		assertThat(failures.count()).isLessThan(failuresBefore);
		assertThat(registrationAttempts.count()).isLessThan(attemptsBefore);
		assertThat(registrationAttempts.countByClientHashAndAttemptedAtAfter(Usernames.sha256("198.51.100.2"),
				Instant.EPOCH)).isEqualTo(1);
	}

	@Test
	void theLockRuleOnItsOwn() {
		Instant now = T0.plus(Duration.ofMinutes(20));
		List<Instant> fourQuick = times(10, 11, 12, 13);
		assertThat(LoginThrottle.lockedUntil(fourQuick, now)).isEmpty();
		assertThat(LoginThrottle.lockedUntil(times(10, 11, 12, 13, 14), now)).contains(T0.plus(Duration.ofMinutes(29)));
		assertThat(LoginThrottle.lockedUntil(times(0, 5, 10, 15, 16), now)).as("five over 16 minutes").isEmpty();
		assertThat(LoginThrottle.lockedUntil(times(0, 5, 10, 15, 16, 17), now)).as("the last five within 12")
			.contains(T0.plus(Duration.ofMinutes(32)));
		assertThat(LoginThrottle.lockedUntil(times(0, 1, 2, 3, 4), now)).as("ended at 19").isEmpty();
	}

	private static List<Instant> times(int... minutes) {
		List<Instant> list = new ArrayList<>();
		for (int minute : minutes) {
			list.add(T0.plus(Duration.ofMinutes(minute)));
		}
		return list;
	}

}
