package org.ikametguide.system;

import java.sql.Connection;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.ikametguide.PostgresDatabase;
import org.ikametguide.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postgres profile on a real, empty PostgreSQL database: every migration applies from empty, Hibernate finds the
 * schema it expects, and sessions are stored in the tables of V20.
 */
@SpringBootTest
@AutoConfigureMockMvc // the configuration of the other whole-app tests: one context for them all
@PostgresTest
class PostgresMigrationTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theApplicationRunsOnPostgreSQL() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
			assertThat(connection.getMetaData().getURL()).isEqualTo(PostgresDatabase.url());
		}
	}

	@Test
	void everyMigrationAppliedFromEmpty() {
		MigrationInfo[] all = flyway.info().all();
		assertThat(all).isNotEmpty().allSatisfy((migration) -> assertThat(migration.getState()).as(migration.getScript())
			.isEqualTo(MigrationState.SUCCESS));
		assertThat(Arrays.stream(all).map((migration) -> migration.getVersion().getVersion()))
			.contains("1", "2", "3", "5", "6", "7", "8", "9", "20");
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isEqualTo(all.length);
		assertThat(jdbc.queryForObject("select count(distinct locale) from guide_text", Integer.class)).isEqualTo(6);
	}

	@Test
	void hibernateOnlyValidatesTheSchema(@Autowired Environment environment) {
		// The context started, so validation passed; make sure it was validation, not Hibernate creating tables.
		assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
	}

	@Test
	void sessionsAreStoredInTheTablesOfV20(@Autowired JdbcIndexedSessionRepository sessions) {
		roundTrip(sessions);
	}

	private <S extends Session> void roundTrip(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		session.setAttribute("greeting", "merhaba");
		sessions.save(session);

		String primaryId = jdbc.queryForObject("select primary_id from spring_session where session_id = ?",
				String.class, session.getId());
		assertThat(sessions.findById(session.getId()).<String>getAttribute("greeting")).isEqualTo("merhaba");
		sessions.deleteById(session.getId());
		assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where session_primary_id = ?",
				Integer.class, primaryId)).isZero();
	}

}
