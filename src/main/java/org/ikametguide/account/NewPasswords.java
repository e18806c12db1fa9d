package org.ikametguide.account;

import org.springframework.validation.Errors;

/** The two "new password" fields that registration and password change share: the policy, then the match. */
final class NewPasswords {

	private NewPasswords() {
	}

	static void validate(PasswordPolicy policy, String password, String confirmation, String username, Errors errors,
			String passwordField, String confirmationField) {
		var problem = policy.problem(password, username);
		if (problem.isPresent()) {
			errors.rejectValue(passwordField, problem.get());
		}
		else if (confirmation == null || confirmation.isEmpty()) {
			errors.rejectValue(confirmationField, "account.passwordConfirmation.required");
		}
		else if (!confirmation.equals(password)) {
			errors.rejectValue(confirmationField, "account.passwordConfirmation.mismatch");
		}
	}

}
