package org.ikametguide.tracker;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Recording, editing and deleting status entries and reading the timeline, the same on PostgreSQL as on H2. Runs every test of {@link StatusEntryTests} against a fresh PostgreSQL
 * database.
 */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext
class PostgresStatusEntryTests extends StatusEntryTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
