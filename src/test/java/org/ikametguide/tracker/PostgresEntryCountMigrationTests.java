package org.ikametguide.tracker;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

/** Migration V21 on PostgreSQL: every test of {@link EntryCountMigrationTests} on a fresh PostgreSQL database. */
@ExtendWith(PostgresDatabase.class)
class PostgresEntryCountMigrationTests extends EntryCountMigrationTests {

	@Override
	protected DataSource emptyDatabase() {
		return PostgresDatabase.dataSource();
	}

}
