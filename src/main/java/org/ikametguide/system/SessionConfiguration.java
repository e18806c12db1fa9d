package org.ikametguide.system;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.EnumSet;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Where sessions live. With {@value #IN_DATABASE}{@code =true} (set by the postgres profile) they are stored in the
 * database (Spring Session JDBC, schema in migration V20), so any instance serves any logged-in user, and session
 * attributes are written with an upsert on PostgreSQL, so two instances saving one session at once cannot collide.
 * Otherwise (the single-machine default) the servlet container keeps them.
 * <p>
 * The choice is made when the app starts, not by which beans exist: the beans are the same with and without the
 * postgres profile, so the ahead-of-time code the build generates for the default start serves a PostgreSQL start
 * too ({@link AheadOfTimeProfiles}; docs/operating.md, "Start fast"). Without database sessions the session filter is not
 * registered, and neither it nor the repository is ever made.
 * <p>
 * This is why Boot's own session auto-configuration is excluded (IkametGuideApplication): it registers the session
 * filter whenever the repository exists, so the choice could only be made by which beans exist, a profile's beans,
 * and the postgres profile would lose the ahead-of-time code (docs/performance.md, "Sessions").
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800)
public class SessionConfiguration {

	static final String IN_DATABASE = "ikamet.sessions.in-database";

	private static final String SESSION_FILTER = "springSessionRepositoryFilter";

	/**
	 * The filter that swaps the container's sessions for the database's, registered only with database sessions. It
	 * goes through a proxy that looks the filter up when the first request comes, so that without database sessions
	 * neither the filter nor the session repository is ever made: a start of the single-machine default pays nothing
	 * for them (they are lazy, below).
	 */
	@Bean
	DelegatingFilterProxyRegistrationBean sessionRepositoryFilterRegistration(Environment environment) {
		DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
				SESSION_FILTER);
		registration.setEnabled(inDatabase(environment));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER);
		// As Spring Boot registers it: error pages and async dispatches see the same session as the request.
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

	/** Spring Session's filter and repository are made when first needed, which is never without database sessions. */
	@Bean
	static BeanFactoryPostProcessor lazySessionBeans() {
		return (beanFactory) -> {
			for (String name : new String[] { SESSION_FILTER, "sessionRepository" }) {
				beanFactory.getBeanDefinition(name).setLazyInit(true);
			}
		};
	}

	/** With database sessions the repository is made at start, as if it were eager: its cleanup runs from then on. */
	@Bean
	SmartInitializingSingleton databaseSessionsAtStart(Environment environment,
			ObjectProvider<JdbcIndexedSessionRepository> repository) {
		return () -> {
			if (inDatabase(environment)) {
				repository.getObject();
			}
		};
	}

	/**
	 * Tells Spring Security of container sessions destroyed or given a new id, so that its registry of an account's
	 * sessions (account/AccountSessions) stays true. Database sessions never reach the container's listeners.
	 */
	@Bean
	ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEventPublisher() {
		return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
	}

	/** The repository only exists with database sessions; on PostgreSQL it writes session attributes with an upsert. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRepositoryCustomizer(DataSource dataSource) {
		return (repository) -> {
			if (isPostgreSql(dataSource)) {
				new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			}
		};
	}

	/**
	 * The database session's cookie ({@code SESSION}) with the container cookie's settings, {@code
	 * server.servlet.session.cookie.*} (HttpOnly, SameSite, Secure…), as Spring Boot's own session support would set
	 * it: without this, {@code secure=true} would not reach it.
	 */
	@Bean
	DefaultCookieSerializer sessionCookieSerializer(ServerProperties server) {
		Cookie cookie = server.getServlet().getSession().getCookie();
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		PropertyMapper map = PropertyMapper.get();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getDomain).to(serializer::setDomainName);
		map.from(cookie::getPath).to(serializer::setCookiePath);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getMaxAge).asInt(Duration::getSeconds).to(serializer::setCookieMaxAge);
		map.from(cookie::getSameSite).as(Cookie.SameSite::attributeValue).to(serializer::setSameSite);
		map.from(cookie::getPartitioned).to(serializer::setPartitioned);
		return serializer;
	}

	/** Whether sessions are kept in the database (else in the servlet container). */
	public static boolean inDatabase(Environment environment) {
		return environment.getProperty(IN_DATABASE, Boolean.class, false);
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database stores the sessions", ex);
		}
	}

}
