package org.ikametguide.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Under the postgres profile sessions are stored in the database (Spring Session JDBC, schema in migration V20), so
 * any instance serves any logged-in user; session attributes are then written with an upsert, so two instances saving
 * one session at once cannot collide. The single-machine default keeps sessions in the servlet container.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionRepositoryCustomizer() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
