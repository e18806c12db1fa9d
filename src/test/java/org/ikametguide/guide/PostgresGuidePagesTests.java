package org.ikametguide.guide;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a reader sees on each guide page, the same on PostgreSQL as on H2. Runs every test of {@link
 * GuidePagesTests} against a fresh PostgreSQL database.
 */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext
class PostgresGuidePagesTests extends GuidePagesTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
