package org.ikametguide.tracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day from {@link #EARLIEST} to {@link #LATEST}: catches typos such as year 0026 or 20026. On a day that may not
 * be after today ({@code pastOrPresent}, as in {@link SeenDate}) only the earliest is checked here, so a typo in
 * the future gets one message ("in the future"), not two. Null passes: "required" is another constraint.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** The day is also {@code @PastOrPresent}, which answers for days after {@link #LATEST}. */
	boolean pastOrPresent() default false;

	String message() default "{tracker.date.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {

		private LocalDate latest;

		@Override
		public void initialize(PlausibleDate annotation) {
			this.latest = annotation.pastOrPresent() ? LocalDate.MAX : LATEST;
		}

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			return date == null || !(date.isBefore(EARLIEST) || date.isAfter(latest));
		}

	}

}
