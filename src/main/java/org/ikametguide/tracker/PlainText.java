package org.ikametguide.tracker;

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
 * Text without control characters: none of C0 (tab included), DEL, C1 (U+0085 included), and no line or paragraph
 * separator (U+2028, U+2029). A lone carriage return or such a separator is read as a line break by calendar and
 * spreadsheet programs, so a label could add lines (events, links) to the files made from it. A {@link #multiLine}
 * text (a note) may keep line breaks as a browser sends them: LF or CRLF. Null passes: whether a value is required
 * is another constraint's question.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** Every control character and line separator: what a calendar or spreadsheet line must never hold. */
	Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

	boolean multiLine() default false;

	String message() default "{text.controlCharacters}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		private boolean multiLine;

		@Override
		public void initialize(PlainText annotation) {
			this.multiLine = annotation.multiLine();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String checked = multiLine ? value.replace("\r\n", "").replace("\n", "") : value;
			return !CONTROL_CHARACTERS.matcher(checked).find();
		}

	}

}
