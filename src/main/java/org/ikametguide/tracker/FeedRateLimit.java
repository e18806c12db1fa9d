package org.ikametguide.tracker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * At most {@value #LIMIT} fetches of one calendar address per {@link #WINDOW} (a fixed window that starts at the first
 * fetch), counted in memory per instance. Calendar programs refresh a subscription every few minutes at the most, so
 * the limit only stops a runaway client or a leaked address hammered by a script; with n instances behind a load
 * balancer the effective limit is at most n times as high. Not in the database like the sign-in lockout: a lockout
 * must hold across instances, and a fetch counter would write a row at every refresh of every subscriber.
 * <p>
 * Only addresses that exist are counted (the caller asks after finding the subscription), and the map is bounded: at
 * {@value #MAX_ADDRESSES} addresses it drops the windows that have ended; if that frees nothing, a new address is
 * refused until windows end (a 429, which calendar programs retry later) rather than the memory growing.
 */
@Component
class FeedRateLimit {

	static final int LIMIT = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_ADDRESSES = 50_000;

	private record Window(Instant start, int count) {

		boolean endedBy(Instant now) {
			return !now.isBefore(start.plus(WINDOW));
		}

	}

	private final Map<Long, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int maxAddresses;

	@Autowired
	FeedRateLimit() {
		this(Clock.systemUTC(), MAX_ADDRESSES);
	}

	FeedRateLimit(Clock clock, int maxAddresses) {
		this.clock = clock;
		this.maxAddresses = maxAddresses;
	}

	/** Counts a fetch of this subscription; false when it is over the limit. */
	boolean tryAcquire(long feedId) {
		Instant now = clock.instant();
		if (windows.size() >= maxAddresses && !windows.containsKey(feedId)) {
			windows.values().removeIf((window) -> window.endedBy(now));
			if (windows.size() >= maxAddresses) {
				return false;
			}
		}
		Window window = windows.compute(feedId, (key, old) -> (old == null || old.endedBy(now))
				? new Window(now, 1) : new Window(old.start(), old.count() + 1));
		return window.count() <= LIMIT;
	}

	/** Seconds until the window of this subscription ends, for Retry-After. */
	long secondsLeft(long feedId) {
		Window window = windows.get(feedId);
		Instant now = clock.instant();
		return (window == null) ? 0 : Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
	}

}
