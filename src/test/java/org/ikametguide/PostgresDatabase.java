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
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * PostgreSQL databases for tests, on the local server these machines run (127.0.0.1:5432, user postgres, trust auth;
 * the libpq variables PGHOST, PGPORT, PGUSER and PGPASSWORD point elsewhere). Each is created as
 * {@code ikamet_test_<random>} and dropped afterwards, so runs never collide.
 * <ul>
 * <li>{@code @ExtendWith(PostgresDatabase.class)}: a fresh, empty database for one class that migrates it or starts the
 * application by itself ({@link #url()}, {@link #dataSource()}), dropped after the class.
 * <li>{@link PostgresTest}: one database shared by the Spring tests of the run, as the in-memory H2 database is shared
 * by the others (so they share their contexts too), created for the first and dropped when the run ends.
 * </ul>
 * Where no server answers the class is skipped with a loud message, except when {@code CI=true}: there it fails, since
 * PostgreSQL must be tested there.
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

	private static final String HOST = env("PGHOST", "127.0.0.1");

	private static final String PORT = env("PGPORT", "5432");

	public static final String USER = env("PGUSER", "postgres");

	public static final String PASSWORD = env("PGPASSWORD", "");

	/** The database of the test class running now (classes run one after another). */
	private static volatile String current;

	/** The database of the {@link PostgresTest} classes, once the first has begun. */
	private static volatile String shared;

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
					+ "@ExtendWith(PostgresDatabase.class)?");
		}
		return current;
	}

	/** The current test class's database, for a test that migrates it by itself. */
	public static DataSource dataSource() {
		return new DriverManagerDataSource(url(), USER, PASSWORD);
	}

	/** The JDBC URL of the database the {@link PostgresTest} classes share. */
	public static String sharedUrl() {
		if (shared == null) {
			throw new IllegalStateException("No shared PostgreSQL test database: is the class annotated with "
					+ "@PostgresTest?");
		}
		return jdbcUrl(shared);
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

	/**
	 * For {@link PostgresTest}: makes the shared database before the first such class (JUnit closes it, dropping the
	 * database, when the run ends) and points each Spring context of these classes at it.
	 */
	static final class Shared implements BeforeAllCallback, ContextCustomizerFactory {

		@Override
		public void beforeAll(ExtensionContext context) {
			context.getRoot()
				.getStore(Namespace.create(Shared.class))
				.computeIfAbsent(SharedDatabase.class, (key) -> new SharedDatabase(create(context)));
		}

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new SharedDatasource();
		}

	}

	private record SharedDatabase(String name) implements AutoCloseable {

		SharedDatabase {
			shared = name;
		}

		@Override
		public void close() throws SQLException {
			shared = null;
			drop(name);
		}

	}

	/** The datasource of a {@link PostgresTest} context: equal for all of them, so they share their contexts. */
	private record SharedDatasource() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestPropertyValues.of("spring.datasource.url=" + sharedUrl(), "spring.datasource.username=" + USER,
					"spring.datasource.password=" + PASSWORD)
				.applyTo(context);
		}

	}

}
