package org.ikametguide.system;

import java.sql.DatabaseMetaData;
import java.util.EnumSet;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Where sessions live. With {@value #IN_DATABASE}{@code =true} (set by the postgres profile) they are stored in the
 * database (Spring Session JDBC, schema in migration V20), so any instance serves any logged-in user, and session
 * attributes are written with an upsert on PostgreSQL, so two instances saving one session at once cannot collide.
 * Otherwise (the single-machine default) the servlet container keeps them.
 * <p>
 * The choice is made when the app starts, not by which beans exist: the beans are the same with and without the
 * postgres profile, so the ahead-of-time code the build generates for the default start serves a PostgreSQL start
 * too ({@link AheadOfTimeProfiles}; README, "Start fast"). Without database sessions the session filter is not
 * registered and the repository never runs its cleanup.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
class SessionConfiguration {

	static final String IN_DATABASE = "ikamet.sessions.in-database";

	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> sessionRepositoryFilterRegistration(
			SessionRepositoryFilter<?> filter, Environment environment) {
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(inDatabase(environment));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		// As Spring Boot registers it: error pages and async dispatches see the same session as the request.
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRepositoryCustomizer(Environment environment,
			DataSource dataSource) {
		boolean inDatabase = inDatabase(environment);
		return (repository) -> {
			if (!inDatabase) {
				repository.setCleanupCron(Scheduled.CRON_DISABLED);
			}
			else if (isPostgreSql(dataSource)) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
		};
	}

	private static boolean inDatabase(Environment environment) {
		return environment.getProperty(IN_DATABASE, Boolean.class, false);
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database stores the sessions", ex);
		}
	}

}
