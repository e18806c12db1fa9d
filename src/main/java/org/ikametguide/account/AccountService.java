package org.ikametguide.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating, re-keying and deleting accounts. Whenever a password is typed to confirm something it goes through the
 * same limits as sign-in, so the account page is no side door for guessing.
 */
@Service
class AccountService {

	enum Registration {

		REGISTERED, USERNAME_TAKEN, LIMITED

	}

	enum PasswordCheck {

		RIGHT, WRONG, LOCKED

	}

	record RegistrationResult(Registration outcome, UserAccount account) {
	}

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final RegistrationThrottle registrations;

	private final LoginThrottle logins;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, RegistrationThrottle registrations,
			LoginThrottle logins) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.registrations = registrations;
		this.logins = logins;
	}

	/**
	 * Creates an account from a form that passed validation. Counts towards the per-address limit whenever it gets
	 * this far (so a taken username counts too: the limit also slows down probing for usernames).
	 */
	RegistrationResult register(String username, String password, String clientAddress) {
		if (!registrations.tryAcquire(clientAddress)) {
			return new RegistrationResult(Registration.LIMITED, null);
		}
		if (accounts.existsByUsernameKey(Usernames.key(username))) {
			return new RegistrationResult(Registration.USERNAME_TAKEN, null);
		}
		try {
			UserAccount account = accounts
				.saveAndFlush(new UserAccount(username, passwordEncoder.encode(password), Instant.now()));
			return new RegistrationResult(Registration.REGISTERED, account);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone registered the same username a moment ago (the unique key said so).
			return new RegistrationResult(Registration.USERNAME_TAKEN, null);
		}
	}

	Optional<UserAccount> find(long accountId) {
		return accounts.findById(accountId);
	}

	/** Checks a password typed to confirm an action, counting a wrong one as a failed sign-in. */
	PasswordCheck checkPassword(UserAccount account, String password) {
		String address = ClientAddress.current();
		LoginThrottle.Attempt attempt = logins.begin(account.getUsername(), address);
		if (attempt.refused()) {
			return PasswordCheck.LOCKED;
		}
		boolean right;
		try {
			right = password != null && passwordEncoder.matches(password, account.getPasswordHash());
		}
		catch (RuntimeException ex) {
			logins.abandon(attempt);
			throw ex;
		}
		if (right) {
			logins.succeeded(attempt, address);
			return PasswordCheck.RIGHT;
		}
		return PasswordCheck.WRONG;
	}

	PasswordCheck changePassword(UserAccount account, String currentPassword, String newPassword) {
		PasswordCheck check = checkPassword(account, currentPassword);
		if (check == PasswordCheck.RIGHT) {
			account.changePasswordHash(passwordEncoder.encode(newPassword));
			accounts.save(account);
		}
		return check;
	}

	PasswordCheck delete(UserAccount account, String password) {
		PasswordCheck check = checkPassword(account, password);
		if (check == PasswordCheck.RIGHT) {
			accounts.deleteAccount(account.getId());
			logins.forget(account.getUsername());
		}
		return check;
	}

}
