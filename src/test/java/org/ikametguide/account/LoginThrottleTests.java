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
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.ikametguide.MovableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.account.AccountTestSupport.uniqueUsername;

/**
 * The sign-in limits' timing and their hold across instances, on the real database with a clock the test moves
 * (AttemptWindows, the mechanism the registration limit shares).
 */
@SpringBootTest
@AutoConfigureMockMvc // the configuration of the other whole-app tests: one context for them all
class LoginThrottleTests {

	private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/** An address of this test's own: the per-address limit counts every test's attempts at the same moments. */
	private final String address = "198.51." + ADDRESSES.incrementAndGet() + ".7";

	@Autowired
	private AttemptRecordRepository records;

	private final MovableClock clock = new MovableClock(T0);

	private LoginThrottle throttle() {
		return new LoginThrottle(new AttemptWindows(records, clock));
	}

	@Test
	void fiveAttemptsFromOneAddressWithinFifteenMinutesWaitUntilTheFirstLeavesTheWindow() {
		LoginThrottle throttle = throttle();
		String username = uniqueUsername("timing");
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
			assertThat(throttle.begin(username, address).refused()).isFalse();
			clock.advance(Duration.ofMinutes(3)); // failures at 0, 3, 6, 9, 12 minutes
		}
		clock.set(T0.plus(Duration.ofMinutes(14)));
		assertThat(throttle.begin(username, address).refused()).as("14 minutes after the first").isTrue();
		assertThat(throttle.begin(username, address.replace(".7", ".8")).refused()).as("another address").isFalse();
		clock.set(T0.plus(Duration.ofMinutes(15)).plusSeconds(1));
		assertThat(throttle.begin(username, address).refused()).as("the first has left the window").isFalse();
		assertThat(throttle.begin(username, address).refused()).as("five within the window again").isTrue();
	}

	@Test
	void attemptsSpreadOverMoreThanFifteenMinutesAreNotLimited() {
		LoginThrottle throttle = throttle();
		String username = uniqueUsername("slow");
		for (int i = 0; i < 3 * LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
			assertThat(throttle.begin(username, address).refused()).isFalse();
			clock.advance(Duration.ofMinutes(4));
		}
	}

	@Test
	void theLimitHoldsForAnotherInstanceAndIsPerUsernameInAnyCase() {
		String username = uniqueUsername("Shared");
		LoginThrottle first = throttle();
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
			first.begin(username, address);
		}
		LoginThrottle second = throttle();
		assertThat(second.begin(username.toUpperCase(), address).refused()).isTrue();
		assertThat(second.begin(uniqueUsername("someoneelse"), address).refused()).isFalse();
	}

	@Test
	void aSuccessClearsTheCount() {
		LoginThrottle throttle = throttle();
		String username = uniqueUsername("success");
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX - 1; i++) {
			throttle.begin(username, address);
		}
		throttle.succeeded(throttle.begin(username, address), address);
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
			assertThat(throttle.begin(username, address).refused()).isFalse();
		}
		assertThat(throttle.begin(username, address).refused()).isTrue();
	}

	@Test
	void oneIpv6NetworkCountsAsOneAddress() {
		LoginThrottle throttle = throttle();
		for (int i = 0; i < LoginThrottle.PER_ADDRESS_MAX; i++) {
			assertThat(throttle.begin(uniqueUsername("v6"), "2001:db8:1:2::" + Integer.toHexString(i + 1)).refused())
				.isFalse();
		}
		assertThat(throttle.begin(uniqueUsername("v6"), "2001:db8:1:2:ffff::9").refused()).isTrue();
		assertThat(throttle.begin(uniqueUsername("v6"), "2001:db8:1:3::1").refused()).as("another /64").isFalse();
	}

	@Test
	void aBurstOfParallelGuessesChecksAtMostFivePasswords() throws Exception {
		LoginThrottle throttle = new LoginThrottle(new AttemptWindows(records, Clock.systemUTC()));
		String username = uniqueUsername("burst");
		int threads = 24;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Callable<Boolean> guess = () -> {
				start.await();
				return !throttle.begin(username, "203.0.113.250").refused();
			};
			results.add(pool.submit(guess));
		}
		start.countDown();
		int checked = 0;
		for (Future<Boolean> result : results) {
			checked += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(checked).isBetween(1, LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX);
	}

	@Test
	void oldRecordsAreRemovedAndRecentOnesKept() {
		AttemptWindows windows = new AttemptWindows(records, clock);
		LoginThrottle throttle = new LoginThrottle(windows);
		RegistrationThrottle registrations = new RegistrationThrottle(windows);
		String old = uniqueUsername("old");
		String recent = uniqueUsername("recent");
		throttle.begin(old, address);
		registrations.tryAcquire("198.51.100.1");
		clock.advance(AttemptWindows.RETENTION.plusMinutes(1));
		throttle.begin(recent, address);
		registrations.tryAcquire("198.51.100.2");
		long before = records.count();

		assertThat(windows.removeExpired()).isPositive();

		assertThat(records.countByLimitNameAndKeyHashAndAttemptedAtAfter(LoginThrottle.PER_ACCOUNT.name(),
				Usernames.hash(old), Instant.EPOCH)).isZero();
		assertThat(records.countByLimitNameAndKeyHashAndAttemptedAtAfter(LoginThrottle.PER_ACCOUNT.name(),
				Usernames.hash(recent), Instant.EPOCH)).isEqualTo(1);
		assertThat(records.count()).isLessThan(before);
		assertThat(records.countByLimitNameAndKeyHashAndAttemptedAtAfter(RegistrationThrottle.PER_ADDRESS.name(),
				Usernames.sha256("198.51.100.2"), Instant.EPOCH)).isEqualTo(1);
	}

}
