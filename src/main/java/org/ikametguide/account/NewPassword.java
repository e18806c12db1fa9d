package org.ikametguide.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A form that sets a new password (registration, password change): the {@link PasswordPolicy} on the password,
 * then the confirmation must match it. One message, next to the field it is about; the form's {@code username}
 * property says whose password it is. Spring makes the validator, so it is given the policy.
 */
@Documented
@Constraint(validatedBy = NewPassword.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface NewPassword {

	/** The form's property holding the new password. */
	String password();

	/** The form's property holding the password typed again. */
	String confirmation();

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NewPassword, Object> {

		private final PasswordPolicy policy;

		private String passwordField;

		private String confirmationField;

		Validator(PasswordPolicy policy) {
			this.policy = policy;
		}

		@Override
		public void initialize(NewPassword annotation) {
			this.passwordField = annotation.password();
			this.confirmationField = annotation.confirmation();
		}

		@Override
		public boolean isValid(Object form, ConstraintValidatorContext context) {
			BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
			String password = (String) fields.getPropertyValue(passwordField);
			String confirmation = (String) fields.getPropertyValue(confirmationField);
			String username = (String) fields.getPropertyValue("username");
			var problem = policy.problem(password, username);
			if (problem.isPresent()) {
				return reject(context, passwordField, problem.get());
			}
			if (confirmation == null || confirmation.isEmpty()) {
				return reject(context, confirmationField, "account.passwordConfirmation.required");
			}
			if (!confirmation.equals(password)) {
				return reject(context, confirmationField, "account.passwordConfirmation.mismatch");
			}
			return true;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String code) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + code + "}")
				.addPropertyNode(field)
				.addConstraintViolation();
			return false;
		}

	}

}
