package org.ikametguide.hardening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ikametguide.ServerTest;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The whole app on a random port, for tests whose requests the servlet container must see as sent. */
@ServerTest
abstract class HardeningHttpTest {

	static final String PASSWORD = "violet-harbour-tram-41";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	/** A new browser, not signed in. */
	protected Visitor visitor() {
		return new Visitor(port);
	}

	/** A new account (its username returned), made directly in the database: no registration limit applies. */
	protected String newAccount(String prefix) {
		String username = prefix + "." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 100000, 36);
		accounts.saveAndFlush(new UserAccount(username, passwordEncoder.encode(PASSWORD), Instant.now()));
		return username;
	}

	/** A new browser, signed in to a new account. */
	protected SignedIn signedIn(String prefix) throws Exception {
		String username = newAccount(prefix);
		return new SignedIn(username, visitor().signIn(username, PASSWORD));
	}

	/** A new account, signed in, tracking one application under a number no other test uses. */
	protected Tracking tracking(String prefix) throws Exception {
		SignedIn user = signedIn(prefix);
		String number = uniqueNumber(prefix);
		return new Tracking(user.username(), user.visitor(), number, track(user.visitor(), number));
	}

	/** An application number no other test uses, easy to look for in a log: the prefix in capitals, then digits. */
	protected static String uniqueNumber(String prefix) {
		return prefix.toUpperCase(Locale.ROOT) + (System.nanoTime() % 100_000_000);
	}

	protected record SignedIn(String username, Visitor visitor) {
	}

	/** Who tracks, the browser they use, the application's number and its address. */
	protected record Tracking(String username, Visitor visitor, String number, String application) {
	}

	protected int applicationsOf(String username) {
		return jdbc.queryForObject("select count(*) from tracked_application a join user_account u on u.id = a.owner_id"
				+ " where u.username = ?", Integer.class, username);
	}

	/** Tracks a new application with this number through the form; answers its address. */
	protected static String track(Visitor visitor, String number) throws Exception {
		return visitor.post("/tracker/applications/new", applicationFields(number))
			.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("the application was not created"));
	}

	/** The fields of a valid new application. */
	protected static Map<String, String> applicationFields(String number) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("applicationNumber", number);
		fields.put("label", "Mine");
		fields.put("permitType", "STUDENT");
		fields.put("kind", "FIRST");
		fields.put("submittedOn", LocalDate.now().minusDays(3).toString());
		return fields;
	}

}
