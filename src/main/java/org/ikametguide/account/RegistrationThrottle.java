package org.ikametguide.account;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

/** At most {@value #LIMIT} registrations per client address and hour, counted with {@link AttemptWindows}. */
@Component
class RegistrationThrottle {

	static final int LIMIT = 10;

	static final AttemptWindows.Limit PER_ADDRESS = new AttemptWindows.Limit("registration-address", LIMIT,
			Duration.ofHours(1));

	private final AttemptWindows windows;

	RegistrationThrottle(AttemptWindows windows) {
		this.windows = windows;
	}

	/** Counts an attempt from this address; false when it is over the limit (and then it is not counted). */
	public boolean tryAcquire(String clientAddress) {
		return windows.tryAcquire(Map.of(PER_ADDRESS, ClientAddress.key(clientAddress))) != null;
	}

}
