package org.ikametguide.tracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.PastOrPresent;

/**
 * A day already seen (submitted on, status seen on): not after today in Turkey ({@code @PastOrPresent} with the
 * tracker's clock, see TrackerValidation), not before 1990. Each rule keeps its own message; null passes.
 */
@Documented
@Constraint(validatedBy = {})
@PastOrPresent(message = "{tracker.date.future}")
@PlausibleDate(pastOrPresent = true)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SeenDate {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
