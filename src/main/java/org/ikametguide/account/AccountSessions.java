package org.ikametguide.account;

import java.util.List;

import org.ikametguide.system.SessionConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions of an account, so that they end with its credentials: a password change ends every other session of
 * the account, a deletion all of them.
 * <p>
 * With sessions in the servlet container (the default) this is Spring Security's in-memory registry, told of new,
 * renamed and destroyed sessions (sign-in, HttpSessionEventPublisher); an ended session is marked expired and Spring
 * Security's ConcurrentSessionFilter signs it out at its next request. With sessions in the database (Spring Session
 * JDBC, the postgres profile) the repository's index by principal name finds them on every instance and they are
 * deleted: their next request finds no session. Nothing is then kept in memory, and no request pays a lookup.
 */
@Component
public class AccountSessions implements SessionRegistry, ApplicationListener<AbstractSessionEvent> {

	private final boolean inDatabase;

	private final SessionRegistryImpl inMemory = new SessionRegistryImpl();

	private final ObjectProvider<JdbcIndexedSessionRepository> database;

	AccountSessions(Environment environment, ObjectProvider<JdbcIndexedSessionRepository> database) {
		this.inDatabase = SessionConfiguration.inDatabase(environment);
		this.database = database;
	}

	/** Ends every session of the account but {@code keepSessionId} (null: all of them). */
	void endSessions(AccountPrincipal principal, String keepSessionId) {
		if (inDatabase) {
			JdbcIndexedSessionRepository sessions = database.getObject();
			for (String id : sessions.findByPrincipalName(principal.getUsername()).keySet()) {
				if (!id.equals(keepSessionId)) {
					sessions.deleteById(id);
				}
			}
			return;
		}
		for (SessionInformation session : inMemory.getAllSessions(principal, false)) {
			if (!session.getSessionId().equals(keepSessionId)) {
				session.expireNow();
			}
		}
	}

	@Override
	public List<Object> getAllPrincipals() {
		return inDatabase ? List.of() : inMemory.getAllPrincipals();
	}

	@Override
	public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
		return inDatabase ? List.of() : inMemory.getAllSessions(principal, includeExpiredSessions);
	}

	@Override
	public SessionInformation getSessionInformation(String sessionId) {
		return inDatabase ? null : inMemory.getSessionInformation(sessionId);
	}

	@Override
	public void refreshLastRequest(String sessionId) {
		if (!inDatabase) {
			inMemory.refreshLastRequest(sessionId);
		}
	}

	@Override
	public void registerNewSession(String sessionId, Object principal) {
		if (!inDatabase) {
			inMemory.registerNewSession(sessionId, principal);
		}
	}

	@Override
	public void removeSessionInformation(String sessionId) {
		if (!inDatabase) {
			inMemory.removeSessionInformation(sessionId);
		}
	}

	@Override
	public void onApplicationEvent(AbstractSessionEvent event) {
		if (!inDatabase) {
			inMemory.onApplicationEvent(event);
		}
	}

}
