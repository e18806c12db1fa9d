package org.ikametguide.tracker;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V40 on a database that already holds a tracker: due dates that older versions guessed (flagged
 * {@code due_date_suggested}) are removed, dates people entered stay. H2 here; PostgreSQL in the subclass.
 */
class GuessedDueDateMigrationTests {

	/** An empty database of its own. */
	protected DataSource emptyDatabase() {
		return EntryCountMigrationTests.emptyH2Database();
	}

	@Test
	void guessedDueDatesAreRemovedAndEnteredOnesStay() {
		DataSource database = emptyDatabase();
		EntryCountMigrationTests.migrate(database, "21");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Timestamp created = Timestamp.from(Instant.parse("2026-01-10T09:00:00Z"));
		jdbc.update("insert into user_account (username, username_key, password_hash, created_at) "
				+ "values ('emre', 'emre', '{noop}x', ?)", created);
		long owner = jdbc.queryForObject("select id from user_account where username = 'emre'", Long.class);
		long application = EntryCountMigrationTests.application(jdbc, owner, "TR-DUE", created);
		String insert = "insert into status_entry (application_id, status, seen_on, due_date, due_date_suggested, "
				+ "created_at, updated_at) values (?, 'ADDITIONAL_DOCUMENTS_REQUIRED', date '2026-01-20', ?, ?, ?, ?)";
		jdbc.update(insert, application, Date.valueOf("2026-02-19"), true, created, created);
		jdbc.update(insert, application, Date.valueOf("2026-02-05"), false, created, created);

		EntryCountMigrationTests.migrate(database, null);

		assertThat(jdbc.queryForList("select due_date from status_entry where application_id = ? order by id",
				Date.class, application))
			.containsExactly(null, Date.valueOf("2026-02-05"));
		assertThat(jdbc.queryForObject("select count(*) from status_entry where due_date_suggested = true",
				Integer.class)).isZero();
	}

}
