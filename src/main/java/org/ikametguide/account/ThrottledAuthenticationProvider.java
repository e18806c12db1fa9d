package org.ikametguide.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Form login through Spring Security's own username/password check, behind the sign-in limits (per username and
 * client address, per address, per username: {@link LoginThrottle}). An attempt over a limit is refused
 * before its password is looked at, so the right password does not open it either; an unknown username is treated
 * exactly like a known one (Spring Security already answers both alike and spends the same time hashing).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		LoginThrottle.Attempt attempt = throttle.begin(authentication.getName(), address);
		if (attempt.refused()) {
			throw new LoginThrottledException();
		}
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (InternalAuthenticationServiceException ex) {
			throttle.abandon(attempt); // the account could not be looked up (database trouble): no verdict
			throw ex;
		}
		catch (AuthenticationException ex) {
			throw ex; // a wrong password or an unknown username: the attempt stays on record as a failure
		}
		catch (RuntimeException ex) {
			throttle.abandon(attempt);
			throw ex;
		}
		throttle.succeeded(attempt, address);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
