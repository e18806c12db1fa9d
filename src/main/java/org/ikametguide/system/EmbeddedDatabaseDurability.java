package org.ikametguide.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * An acknowledged change survives a killed process, whatever database URL the operator gives: on H2 every commit is
 * written to the file before the answer ({@code WRITE_DELAY} 0; H2 otherwise buffers commits for up to 500 ms). Set
 * here rather than in the URL, where a URL of the operator's own would silently drop it. PostgreSQL commits durably
 * by itself and is left alone.
 */
@Component
class EmbeddedDatabaseDurability implements InitializingBean {

	private final DataSource dataSource;

	EmbeddedDatabaseDurability(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
				statement.execute("SET WRITE_DELAY 0");
			}
		}
	}

}
