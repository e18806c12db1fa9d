package org.ikametguide.tracker;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V21 on a database that already holds a tracker: every application gets the count and latest change of
 * the entries it has, so /tracker shows the same after the upgrade as before. H2 here; PostgreSQL in the subclass.
 */
class EntryCountMigrationTests {

	/** An empty database of its own. */
	protected DataSource emptyDatabase() {
		return emptyH2Database();
	}

	static DataSource emptyH2Database() {
		return new DriverManagerDataSource("jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
	}

	@Test
	void existingApplicationsGetTheirEntriesCountAndLatestChange() {
		DataSource database = emptyDatabase();
		migrate(database, "20");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Timestamp created = Timestamp.from(Instant.parse("2026-01-10T09:00:00Z"));
		Timestamp latest = Timestamp.from(Instant.parse("2026-03-02T17:30:00Z"));
		jdbc.update("insert into user_account (username, username_key, password_hash, created_at) "
				+ "values ('ayse', 'ayse', '{noop}x', ?)", created);
		long owner = jdbc.queryForObject("select id from user_account where username = 'ayse'", Long.class);
		long three = application(jdbc, owner, "TR-THREE", created);
		long none = application(jdbc, owner, "TR-NONE", created);
		entry(jdbc, three, created);
		entry(jdbc, three, latest);
		entry(jdbc, three, created);

		migrate(database, null);

		Map<String, Object> counted = jdbc.queryForMap(
				"select entry_count, entries_changed_at from tracked_application where id = ?", three);
		assertThat(((Number) counted.get("entry_count")).intValue()).isEqualTo(3);
		assertThat(((Timestamp) counted.get("entries_changed_at")).toInstant()).isEqualTo(latest.toInstant());
		Map<String, Object> empty = jdbc.queryForMap(
				"select entry_count, entries_changed_at from tracked_application where id = ?", none);
		assertThat(((Number) empty.get("entry_count")).intValue()).isZero();
		assertThat(empty.get("entries_changed_at")).isNull();
	}

	/** Migrates to {@code target}, or to the latest version when null. */
	static void migrate(DataSource dataSource, String target) {
		var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	static long application(JdbcTemplate jdbc, long owner, String number, Timestamp at) {
		jdbc.update("insert into tracked_application (owner_id, application_number, label, permit_type, "
				+ "application_kind, submitted_on, created_at, updated_at) values (?, ?, 'Family', 'FAMILY', 'FIRST', "
				+ "date '2026-01-05', ?, ?)", owner, number, at, at);
		return jdbc.queryForObject("select id from tracked_application where application_number = ?", Long.class,
				number);
	}

	private static void entry(JdbcTemplate jdbc, long application, Timestamp updated) {
		jdbc.update("insert into status_entry (application_id, status, seen_on, created_at, updated_at) "
				+ "values (?, 'IN_REVIEW', date '2026-01-20', ?, ?)", application, updated, updated);
	}

}
