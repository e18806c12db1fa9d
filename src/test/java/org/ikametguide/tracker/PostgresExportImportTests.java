package org.ikametguide.tracker;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CSV, JSON and iCalendar exports and the JSON import, the same on PostgreSQL as on H2. Runs every test of {@link ExportImportTests} against a fresh PostgreSQL
 * database.
 */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext
class PostgresExportImportTests extends ExportImportTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
