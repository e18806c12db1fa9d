package org.ikametguide.hardening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ikametguide.IkametGuideApplication;
import org.ikametguide.account.AccountPrincipal;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 12 §11: an upgrade keeps people's data. A database is built with the migrations of the last release, filled
 * with accounts, applications and entries, migrated to the current version by the app itself at start, and everything
 * is read back through the app: every migration added since the last release runs over real data. H2 here;
 * PostgreSQL in {@link PostgresUpgradeTests}.
 * <p>
 * At each release, set {@link #LAST_RELEASE} to the newest migration version it shipped.
 */
class UpgradeTests {

	/** The newest migration of the last release (V21: entries' count on each tracked application). */
	static final String LAST_RELEASE = "21";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	protected String url() {
		return "jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
	}

	protected String username() {
		return "sa";
	}

	protected String password() {
		return "";
	}

	/** What the app is started with besides the database. */
	protected List<String> arguments() {
		return List.of();
	}

	@Test
	void dataStoredByTheLastReleaseIsAllThereAfterTheUpgrade() throws Exception {
		String url = url();
		DataSource database = new DriverManagerDataSource(url, username(), password());
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target(LAST_RELEASE).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Timestamp created = Timestamp.from(Instant.parse("2026-01-10T09:00:00Z"));
		List<Long> owners = new ArrayList<>();
		for (String name : List.of("ayse", "Dmitri")) {
			jdbc.update("insert into user_account (username, username_key, password_hash, created_at) "
					+ "values (?, ?, '{noop}not-used', ?)", name, name.toLowerCase(), created);
			long owner = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
			owners.add(owner);
			for (int a = 1; a <= 2; a++) {
				String number = "TR-" + name.toUpperCase() + "-" + a;
				jdbc.update("insert into tracked_application (owner_id, application_number, label, permit_type, "
						+ "application_kind, submitted_on, office, created_at, updated_at, entry_count, "
						+ "entries_changed_at) values (?, ?, ?, 'STUDENT', 'FIRST', date '2026-01-05', 'İzmir', ?, ?, "
						+ "3, ?)", owner, number, name + "'s permit " + a, created, created, created);
				long application = jdbc.queryForObject(
						"select id from tracked_application where application_number = ?", Long.class, number);
				for (int e = 1; e <= 3; e++) {
					jdbc.update("insert into status_entry (application_id, status, seen_on, note, due_date, "
							+ "due_date_suggested, created_at, updated_at) values (?, 'IN_REVIEW', ?, ?, null, false, ?, ?)",
							application, java.sql.Date.valueOf(LocalDate.of(2026, 1, 10 + e)),
							"note " + e + " of " + number, created, created);
				}
			}
		}

		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + username(), "--spring.datasource.password=" + password(),
				"--server.port=0"));
		arguments.addAll(arguments());
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IkametGuideApplication.class)
			.run(arguments.toArray(String[]::new))) {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
			for (long owner : owners) {
				Map<String, Object> account = jdbc.queryForMap("select username from user_account where id = ?", owner);
				String name = (String) account.get("username");
				AccountPrincipal principal = new AccountPrincipal(owner, name, "{noop}not-used");
				JsonNode export = JSON.readTree(mvc.perform(get("/tracker/export.json").with(user(principal)))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
				assertThat(export.path("applications")).hasSize(2);
				for (int a = 1; a <= 2; a++) {
					String number = "TR-" + name.toUpperCase() + "-" + a;
					JsonNode application = export.path("applications").get(a - 1);
					assertThat(application.path("applicationNumber").asString()).isEqualTo(number);
					assertThat(application.path("label").asString()).isEqualTo(name + "'s permit " + a);
					assertThat(application.path("office").asString()).isEqualTo("İzmir");
					assertThat(application.path("entries").valueStream().map((e) -> e.path("note").asString()))
						.containsExactly("note 1 of " + number, "note 2 of " + number, "note 3 of " + number);
				}
				String overview = mvc.perform(get("/tracker").with(user(principal)))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(html(overview).text()).contains(name + "'s permit 1", name + "'s permit 2");
			}
		}
	}

}
