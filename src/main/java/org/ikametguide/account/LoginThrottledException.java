package org.ikametguide.account;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password was checked: too many recent failures for this username. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed attempts for this username");
	}

}
