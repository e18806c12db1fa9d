package org.ikametguide.tracker;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

/** Migration V40 on PostgreSQL: the tests of {@link GuessedDueDateMigrationTests} on a fresh PostgreSQL database. */
@ExtendWith(PostgresDatabase.class)
class PostgresGuessedDueDateMigrationTests extends GuessedDueDateMigrationTests {

	@Override
	protected DataSource emptyDatabase() {
		return PostgresDatabase.dataSource();
	}

}
