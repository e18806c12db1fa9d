package org.ikametguide.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A backup of the embedded H2 database while the app runs (H2's {@code BACKUP TO}: a zip of the database file,
 * consistent as of one moment, with no lock on readers or writers): on a schedule ({@code ikamet.backup.cron}, daily
 * at 03:00 by default) and on demand, {@code POST /actuator/backup} on the management port (docs/operating.md,
 * "Backups").
 * PostgreSQL is backed up with its own tools; there this does nothing.
 */
@Component
@Endpoint(id = "backup")
class EmbeddedDatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'ikamet-'yyyy-MM-dd'T'HH-mm-ss'.zip'");

	private final DataSource dataSource;

	private final Path directory;

	private final Clock clock = Clock.systemUTC();

	EmbeddedDatabaseBackup(DataSource dataSource, @Value("${ikamet.backup.directory}") Path directory) {
		this.dataSource = dataSource;
		this.directory = directory;
	}

	@Scheduled(cron = "${ikamet.backup.cron}")
	void scheduled() throws Exception {
		backup();
	}

	/** Writes a backup and answers where it is ({@code file}), or that this database is not backed up here. */
	@WriteOperation
	public synchronized Map<String, String> backup() throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return Map.of("result", "not an embedded H2 database: back it up with the database's own tools");
			}
			Files.createDirectories(directory);
			Path file = directory.resolve(LocalDateTime.now(clock).format(NAME)).toAbsolutePath();
			statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
			log.info("Database backed up to {}", file);
			return Map.of("result", "written", "file", file.toString());
		}
		catch (SQLException ex) {
			log.error("Database backup failed: {}", ex.getClass().getSimpleName());
			throw ex;
		}
	}

}
