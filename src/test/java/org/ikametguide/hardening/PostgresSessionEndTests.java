package org.ikametguide.hardening;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SessionEndTests} with sessions in PostgreSQL (Spring Session JDBC, found by their principal's index). */
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext
class PostgresSessionEndTests extends SessionEndTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
