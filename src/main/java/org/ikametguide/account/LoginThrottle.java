package org.ikametguide.account;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The sign-in limits (OWASP Authentication Cheat Sheet, "Account lockout"; NIST SP 800-63B §5.2.2, "Rate Limiting
 * (Throttling)"), counted with {@link AttemptWindows}:
 * <ul>
 * <li>{@value #PER_ACCOUNT_AND_ADDRESS_MAX} attempts for one username from one client address within 15 minutes: an
 * attacker guessing from one address is stopped, while the owner signs in from anywhere else;</li>
 * <li>{@value #PER_ADDRESS_MAX} attempts from one address within 15 minutes, whatever the usernames: one address
 * cannot try many accounts;</li>
 * <li>{@value #PER_ACCOUNT_MAX} attempts for one username within an hour from any addresses: the high ceiling that
 * NIST asks for (at most 100 consecutive failures) against guessing from many addresses.</li>
 * </ul>
 * Each attempt is counted <em>before</em> the password is checked and stays counted until it succeeds; this way a
 * burst of parallel guesses cannot slip past the count while their checks are still running. A success takes back
 * its own attempt and clears the username's counts. Whether the username exists makes no difference.
 */
@Component
class LoginThrottle {

	static final int PER_ACCOUNT_AND_ADDRESS_MAX = 5;

	static final int PER_ADDRESS_MAX = 20;

	static final int PER_ACCOUNT_MAX = 100;

	static final AttemptWindows.Limit PER_ACCOUNT_AND_ADDRESS = new AttemptWindows.Limit("login-account-address",
			PER_ACCOUNT_AND_ADDRESS_MAX, Duration.ofMinutes(15));

	static final AttemptWindows.Limit PER_ADDRESS = new AttemptWindows.Limit("login-address", PER_ADDRESS_MAX,
			Duration.ofMinutes(15));

	static final AttemptWindows.Limit PER_ACCOUNT = new AttemptWindows.Limit("login-account", PER_ACCOUNT_MAX,
			Duration.ofHours(1));

	private final AttemptWindows windows;

	LoginThrottle(AttemptWindows windows) {
		this.windows = windows;
	}

	/** An attempt that may go on to check the password, or one refused because a limit is reached. */
	public record Attempt(String username, List<Long> recorded) {

		public boolean refused() {
			return recorded == null;
		}

		@Override
		public String toString() {
			return "Attempt[redacted]";
		}

	}

	/** Records an attempt for this username from this client address and tells whether it may check the password. */
	public Attempt begin(String username, String clientAddress) {
		String account = Usernames.key(username);
		String address = ClientAddress.key(clientAddress);
		Map<AttemptWindows.Limit, String> keys = new LinkedHashMap<>();
		keys.put(PER_ACCOUNT_AND_ADDRESS, account + "\n" + address);
		keys.put(PER_ADDRESS, address);
		keys.put(PER_ACCOUNT, account);
		return new Attempt(account, windows.tryAcquire(keys));
	}

	/** The password was right: this attempt does not count, and the username's counts start afresh. */
	public void succeeded(Attempt attempt, String clientAddress) {
		windows.release(attempt.recorded());
		windows.clear(PER_ACCOUNT_AND_ADDRESS, attempt.username() + "\n" + ClientAddress.key(clientAddress));
		windows.clear(PER_ACCOUNT, attempt.username());
	}

	/** The attempt could not be judged (an error, not a wrong password): it does not count. */
	public void abandon(Attempt attempt) {
		if (!attempt.refused()) {
			windows.release(attempt.recorded());
		}
	}

	/** Forgets the username's count (its account was deleted). */
	public void forget(String username) {
		windows.clear(PER_ACCOUNT, Usernames.key(username));
	}

}
