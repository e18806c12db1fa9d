package org.ikametguide.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The username of a new account: given, {@link #MIN} to {@link #MAX} characters, ASCII letters, digits, dots,
 * underscores and hyphens. Checked in that order with one message, the first rule broken (a person fixes one thing
 * at a time). Whether it is taken is the service's question, asked only when the whole form passes.
 */
@Documented
@Constraint(validatedBy = NewUsername.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface NewUsername {

	int MIN = 3;

	int MAX = 50;

	/** ASCII only: lookalike letters from other scripts would let two accounts look the same. */
	Pattern CHARACTERS = Pattern.compile("[A-Za-z0-9._-]+");

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NewUsername, String> {

		@Override
		public boolean isValid(String username, ConstraintValidatorContext context) {
			String problem = problem((username != null) ? username : "");
			if (problem == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
			return false;
		}

		private static String problem(String username) {
			if (username.isEmpty()) {
				return "register.username.required";
			}
			if (username.length() < MIN) {
				return "register.username.tooShort";
			}
			if (username.length() > MAX) {
				return "register.username.tooLong";
			}
			if (!CHARACTERS.matcher(username).matches()) {
				return "register.username.characters";
			}
			return null;
		}

	}

}
