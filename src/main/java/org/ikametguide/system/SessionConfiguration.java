package org.ikametguide.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are stored in the database in every profile (Spring Session JDBC, schema in migration V20). On PostgreSQL
 * session attributes are written with an upsert, so two instances saving one session at once cannot collide.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	@Profile("postgres")
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionRepositoryCustomizer() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
