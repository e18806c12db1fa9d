package org.ikametguide.account;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The registration rules, checked in the order of the form and at most one message per field (a person fixes one
 * thing at a time). Whether the username is taken is the service's question, asked only when all of this passes.
 */
@Component
class RegistrationFormValidator implements Validator {

	static final int USERNAME_MIN = 3;

	static final int USERNAME_MAX = 50;

	/** ASCII only: lookalike letters from other scripts would let two accounts look the same. */
	private static final Pattern USERNAME_CHARACTERS = Pattern.compile("[A-Za-z0-9._-]+");

	private final PasswordPolicy passwords;

	RegistrationFormValidator(PasswordPolicy passwords) {
		this.passwords = passwords;
	}

	@Override
	public boolean supports(Class<?> type) {
		return RegistrationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		RegistrationForm form = (RegistrationForm) target;
		String username = form.getUsername();
		if (username.isEmpty()) {
			errors.rejectValue("username", "register.username.required");
		}
		else if (username.length() < USERNAME_MIN) {
			errors.rejectValue("username", "register.username.tooShort");
		}
		else if (username.length() > USERNAME_MAX) {
			errors.rejectValue("username", "register.username.tooLong");
		}
		else if (!USERNAME_CHARACTERS.matcher(username).matches()) {
			errors.rejectValue("username", "register.username.characters");
		}
		NewPasswords.validate(passwords, form.getPassword(), form.getPasswordConfirmation(), username, errors,
				"password", "passwordConfirmation");
	}

}
