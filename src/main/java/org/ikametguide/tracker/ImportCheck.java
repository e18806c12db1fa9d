package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks an imported application and its entries by the rules of the forms a user fills in, and their stored
 * timestamps by the rule of a form's date. Each problem says where (the application's and the entry's place in the
 * file, the field) and what, as a message resolved in the reader's language; never the value itself.
 */
@Component
class ImportCheck {

	private final SpringValidatorAdapter validator;

	ImportCheck(jakarta.validation.Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** What is wrong with the {@code index}th application of a file (counting from 1); empty when nothing is. */
	List<MessageSourceResolvable> problems(int index, TrackerExport.Application imported, LocalDate today) {
		List<MessageSourceResolvable> problems = new ArrayList<>();
		if (imported == null) {
			problems.add(problem("tracker.import.problem.missing", index));
			return problems;
		}
		Place application = new Place("tracker.import.problem.application", index);
		for (FieldError error : validate(imported.toForm(), "application").getFieldErrors()) {
			problems.add(application.problem(error.getField(), error));
		}
		for (FieldError error : validate(PttBarcodeForm.of(imported.pttBarcode()), "pttBarcode")
			.getFieldErrors()) {
			problems.add(application.problem("pttBarcode", error));
		}
		timestamps(application, imported.createdAt(), imported.updatedAt(), today, problems);
		int entryIndex = 0;
		for (TrackerExport.Entry importedEntry : imported.entriesOrNone()) {
			entryIndex++;
			if (importedEntry == null) {
				problems.add(problem("tracker.import.problem.missingEntry", index, entryIndex));
				continue;
			}
			Place entry = new Place("tracker.import.problem.entry", index, entryIndex);
			for (FieldError error : validate(importedEntry.toForm(), "entry").getFieldErrors()) {
				problems.add(entry.problem(error.getField(), error));
			}
			timestamps(entry, importedEntry.createdAt(), importedEntry.updatedAt(), today, problems);
		}
		return problems;
	}

	/**
	 * The one place an import applies a form's rules: its Bean Validation constraints (dates against today in Turkey,
	 * see {@link TrackerValidation}), as the form's controller does.
	 */
	private Errors validate(Object form, String name) {
		Errors errors = new BeanPropertyBindingResult(form, name);
		validator.validate(form, errors);
		return errors;
	}

	/** A stored timestamp passes the rule of a form's date: not in the future, not before the forms' earliest date. */
	private static void timestamps(Place place, Instant createdAt, Instant updatedAt, LocalDate today,
			List<MessageSourceResolvable> problems) {
		DateRules.timestampProblem(createdAt, today)
			.ifPresent((code) -> problems.add(place.problem("createdAt", problem(code))));
		DateRules.timestampProblem(updatedAt, today)
			.ifPresent((code) -> problems.add(place.problem("updatedAt", problem(code))));
	}

	private static MessageSourceResolvable problem(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/** Where in the file: the message code and the places (application, and entry) that lead its arguments. */
	private record Place(String code, Object... where) {

		MessageSourceResolvable problem(String field, MessageSourceResolvable what) {
			Object[] arguments = Arrays.copyOf(where, where.length + 2);
			arguments[where.length] = field;
			arguments[where.length + 1] = what;
			return ImportCheck.problem(code, arguments);
		}

	}

}
