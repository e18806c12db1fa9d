package org.ikametguide.tracker;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Calendar subscriptions on PostgreSQL, with sessions in the database as in production: every test of
 * {@link CalendarFeedTests} against a fresh PostgreSQL database.
 */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext
class PostgresCalendarFeedTests extends CalendarFeedTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
