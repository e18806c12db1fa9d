package org.ikametguide.account;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;


import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Small helpers for the account tests: unique names and addresses (tests share one database). */
final class AccountTestSupport {

	static final String GOOD_PASSWORD = "violet-harbour-tram-41";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private AccountTestSupport() {
	}

	/** A username no other test uses. */
	static String uniqueUsername(String prefix) {
		return prefix + "." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 100000, 36);
	}

	/** A client address no other test uses, for the per-address registration limit. */
	static RequestPostProcessor uniqueAddress() {
		int n = SEQUENCE.incrementAndGet();
		return from("10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255));
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static UserAccount createAccount(UserAccountRepository accounts, PasswordEncoder encoder, String username,
			String password) {
		return accounts.saveAndFlush(new UserAccount(username, encoder.encode(password), Instant.now()));
	}

	static MockHttpSession session(MvcResult result) {
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
