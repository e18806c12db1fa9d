package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts and data for tracker tests. Test classes share one Spring context (and so one database), so every
 * account and application number is unique.
 */
final class TrackerFixtures {

	private static final AtomicInteger NUMBERS = new AtomicInteger(10000);

	private final UserAccountRepository accounts;

	private final TrackerService tracker;

	private final JdbcTemplate jdbc;

	TrackerFixtures(UserAccountRepository accounts, TrackerService tracker, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.tracker = tracker;
		this.jdbc = jdbc;
	}

	AccountPrincipal account() {
		String name = "user-" + UUID.randomUUID().toString().substring(0, 12);
		UserAccount account = accounts.save(new UserAccount(name, "{noop}not-used-in-these-tests", Instant.now()));
		return new AccountPrincipal(account.getId(), name, account.getPasswordHash());
	}

	static String uniqueNumber() {
		return "TR-" + NUMBERS.incrementAndGet() + "/" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	static LocalDate today() {
		return LocalDate.now(TrackerClock.TURKEY);
	}

	static ApplicationDetails details(String number) {
		return new ApplicationDetails(number, "Family permit", PermitType.FAMILY, ApplicationKind.FIRST,
				today().minusDays(40), "Ankara", null);
	}

	long application(AccountPrincipal owner) {
		return tracker.create(owner.getAccountId(), details(uniqueNumber()));
	}

	long entry(AccountPrincipal owner, long applicationId, ApplicationStatus status, LocalDate date, String note) {
		return tracker.addEntry(owner.getAccountId(), applicationId, new EntryDetails(status, date, note, null));
	}

	int applicationCount(AccountPrincipal owner) {
		return jdbc.queryForObject("select count(*) from tracked_application where owner_id = ?", Integer.class,
				owner.getAccountId());
	}

	int entryCount(AccountPrincipal owner) {
		return jdbc.queryForObject("select count(*) from status_entry e join tracked_application a on a.id = "
				+ "e.application_id where a.owner_id = ?", Integer.class, owner.getAccountId());
	}

	/** Everything stored for an owner, as text, to show that a refused request changed nothing. */
	String snapshot(AccountPrincipal owner) {
		return jdbc.queryForList("select a.id, a.application_number, a.label, a.version, a.updated_at, a.ptt_barcode from "
				+ "tracked_application a where a.owner_id = ? order by a.id", owner.getAccountId()).toString()
				+ jdbc.queryForList("select e.id, e.status, e.seen_on, e.note, e.due_date, e.version from status_entry e "
						+ "join tracked_application a on a.id = e.application_id where a.owner_id = ? order by e.id",
						owner.getAccountId())
					.toString();
	}

}
