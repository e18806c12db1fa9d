package org.ikametguide;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A fresh, empty PostgreSQL database for one test class: created before the class as {@code ikamet_test_<random>},
 * dropped after it, so runs never collide and every class starts from empty. A Spring test takes it with
 * {@link PostgresTest}; a test that migrates or starts the application by itself with
 * {@code @ExtendWith(PostgresDatabase.class)} and {@link #url()} or {@link #dataSource()}.
 * <p>
 * The server is the local one these machines run (127.0.0.1:5432, user postgres, trust auth; the libpq variables
 * PGHOST, PGPORT, PGUSER and PGPASSWORD point elsewhere). Where no server answers the class is skipped with a loud message, except when {@code CI=true}: there it fails, since
 * PostgreSQL must be tested there.
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

	private static final String HOST = env("PGHOST", "127.0.0.1");

	private static final String PORT = env("PGPORT", "5432");

	public static final String USER = env("PGUSER", "postgres");

	public static final String PASSWORD = env("PGPASSWORD", "");

	/** The database of the test class running now (classes run one after another). */
	private static volatile String current;

	@Override
	public void beforeAll(ExtensionContext context) {
		current = create(context);
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		String name = current;
		current = null;
		if (name != null) {
			drop(name);
		}
	}

	/** The JDBC URL of the current test class's database. */
	public static String url() {
		return jdbcUrl(name());
	}

	/** The name of the current test class's database. */
	public static String name() {
		if (current == null) {
			throw new IllegalStateException("No PostgreSQL test database: is the class annotated with "
					+ "@PostgresTest or @ExtendWith(PostgresDatabase.class)?");
		}
		return current;
	}

	/** The current test class's database, for a test that migrates it by itself. */
	public static DataSource dataSource() {
		return new DriverManagerDataSource(url(), USER, PASSWORD);
	}

	public static Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("password", PASSWORD);
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(jdbcUrl(database), properties);
	}

	/** A new, empty database (its name returned); the test class is skipped where no server answers. */
	private static String create(ExtensionContext context) {
		String name = "ikamet_test_" + HexFormat.of().formatHex(randomBytes());
		try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			String message = "PostgreSQL tests NOT RUN (" + context.getDisplayName() + "): no PostgreSQL answers at "
					+ HOST + ":" + PORT + " as " + USER + " (" + ex.getMessage() + ")";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message + ". CI=true, so they must run: start PostgreSQL.", ex);
			}
			System.err.println("\n!!! " + message + " !!!\n");
			Assumptions.abort(message);
		}
		return name;
	}

	private static void drop(String name) throws SQLException {
		try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

	private static String jdbcUrl(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[6];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/** For {@link PostgresTest}: a Spring test's datasource is its class's database. */
	static final class Datasource implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new CurrentDatabase();
		}

	}

	/** Applied when the context starts, after {@link #beforeAll} made the class's database. */
	private record CurrentDatabase() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=" + USER,
					"spring.datasource.password=" + PASSWORD)
				.applyTo(context);
		}

	}

}
