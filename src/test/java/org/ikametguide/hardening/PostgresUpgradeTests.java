package org.ikametguide.hardening;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

import org.ikametguide.PostgresDatabase;

/** {@link UpgradeTests} on PostgreSQL, the app started under the postgres profile. */
@ExtendWith(PostgresDatabase.class)
class PostgresUpgradeTests extends UpgradeTests {

	@Override
	protected String url() {
		return PostgresDatabase.url();
	}

	@Override
	protected String username() {
		return PostgresDatabase.USER;
	}

	@Override
	protected String password() {
		return PostgresDatabase.PASSWORD;
	}

	@Override
	protected List<String> arguments() {
		return List.of("--spring.profiles.active=postgres");
	}

}
