package org.ikametguide.tracker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ikametguide.tracker.web.ApplicationForm;
import org.ikametguide.tracker.web.DateRules;
import org.ikametguide.tracker.web.StatusEntryForm;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The JSON export and its import. An import is all or nothing: the whole file is read and checked (with the same rules
 * as the forms) before anything is written, and the writing happens in one transaction. Applications whose number
 * the user already tracks are reported and skipped, never doubled.
 */
@Component
class TrackerJson {

	/** Enough to say what is wrong without burying the reader. */
	static final int MAX_PROBLEMS = 10;

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Jackson 3 refuses a missing primitive by default; a file without "version" is then refused by its check.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private final TrackedApplicationRepository applications;

	private final StatusEntryRepository entries;

	private final SpringValidatorAdapter validator;

	private final TrackerClock clock;

	TrackerJson(TrackedApplicationRepository applications, StatusEntryRepository entries,
			jakarta.validation.Validator validator, TrackerClock clock) {
		this.applications = applications;
		this.entries = entries;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TrackerExport export(long ownerId) {
		Map<Long, List<TrackerExport.Entry>> byApplication = new LinkedHashMap<>();
		for (StatusEntry entry : entries.findAllByOwner(ownerId)) {
			byApplication.computeIfAbsent(entry.getApplication().getId(), (id) -> new ArrayList<>())
				.add(new TrackerExport.Entry(entry.getStatus(), entry.getDate(), entry.getNote(), entry.getDueDate(),
						null, entry.getCreatedAt(), entry.getUpdatedAt()));
		}
		List<TrackerExport.Application> exported = applications.findByOwnerInCreationOrder(ownerId)
			.stream()
			.map((a) -> new TrackerExport.Application(a.getApplicationNumber(), a.getLabel(), a.getPermitType(),
					a.getKind(), a.getSubmittedOn(), a.getOffice(), a.getValidUntil(), a.getCreatedAt(),
					a.getUpdatedAt(), byApplication.getOrDefault(a.getId(), List.of())))
			.toList();
		return new TrackerExport(TrackerExport.FORMAT, TrackerExport.VERSION, clock.now(), exported);
	}

	public byte[] write(TrackerExport export) {
		return mapper.writeValueAsBytes(export);
	}

	/** Reads a file and checks every value; throws {@link ImportException} (and changes nothing) if anything is off. */
	public TrackerExport read(byte[] content) {
		JsonNode tree;
		try {
			tree = mapper.readTree(content);
		}
		catch (JacksonException ex) {
			// The parser's message may quote the file's content, so it is neither shown nor logged.
			throw new ImportException("tracker.import.error.notJson");
		}
		if (tree == null || !tree.isObject() || !TrackerExport.FORMAT.equals(tree.path("format").asString(null))) {
			throw new ImportException("tracker.import.error.foreign");
		}
		if (!tree.path("version").isInt() || tree.path("version").asInt() != TrackerExport.VERSION) {
			throw new ImportException("tracker.import.error.version");
		}
		TrackerExport export;
		try {
			export = mapper.treeToValue(tree, TrackerExport.class);
		}
		catch (JacksonException ex) {
			throw new ImportException("tracker.import.error.malformed");
		}
		if (export.applications() == null) {
			throw new ImportException("tracker.import.error.malformed");
		}
		List<MessageSourceResolvable> problems = validate(export);
		if (!problems.isEmpty()) {
			throw new ImportException("tracker.import.error.invalid", problems);
		}
		return export;
	}

	@Transactional
	public ImportResult importFile(long ownerId, byte[] content) {
		TrackerExport export = read(content);
		Set<String> known = new HashSet<>(applications.findNumbersByOwner(ownerId));
		List<String> duplicates = new ArrayList<>();
		int applicationsAdded = 0;
		int entriesAdded = 0;
		Instant now = clock.now();
		for (TrackerExport.Application imported : export.applications()) {
			ApplicationForm form = form(imported);
			if (!known.add(form.getApplicationNumber())) {
				duplicates.add(form.getApplicationNumber());
				continue;
			}
			TrackedApplication application = new TrackedApplication(ownerId, form.toDetails(), now);
			application.restoreTimestamps(orNow(imported.createdAt(), now), orNow(imported.updatedAt(), now));
			List<TrackerExport.Entry> importedEntries = entriesOf(imported);
			application.restoreEntries(importedEntries.size(), importedEntries.stream()
				.map((importedEntry) -> orNow(importedEntry.updatedAt(), now))
				.max(Instant::compareTo)
				.orElse(null));
			applications.save(application);
			applicationsAdded++;
			for (TrackerExport.Entry importedEntry : importedEntries) {
				StatusEntry entry = new StatusEntry(application, form(importedEntry).toDetails(), now);
				entry.restore(orNow(importedEntry.createdAt(), now), orNow(importedEntry.updatedAt(), now));
				entries.save(entry);
				entriesAdded++;
			}
		}
		return new ImportResult(applicationsAdded, entriesAdded, List.copyOf(duplicates));
	}

	/** Applies the forms' rules to every application and entry; returns at most {@value #MAX_PROBLEMS} problems. */
	private List<MessageSourceResolvable> validate(TrackerExport export) {
		List<MessageSourceResolvable> problems = new ArrayList<>();
		int index = 0;
		for (TrackerExport.Application imported : export.applications()) {
			index++;
			if (imported == null) {
				problems.add(problem("tracker.import.problem.missing", index));
				continue;
			}
			ApplicationForm form = form(imported);
			Errors errors = new BeanPropertyBindingResult(form, "application");
			validator.validate(form, errors);
			DateRules.check(form, errors, clock.today());
			for (FieldError error : errors.getFieldErrors()) {
				problems.add(problem("tracker.import.problem.application", index, error.getField(), error));
			}
			int entryIndex = 0;
			for (TrackerExport.Entry importedEntry : entriesOf(imported)) {
				entryIndex++;
				if (importedEntry == null) {
					problems.add(problem("tracker.import.problem.missingEntry", index, entryIndex));
					continue;
				}
				StatusEntryForm entryForm = form(importedEntry);
				Errors entryErrors = new BeanPropertyBindingResult(entryForm, "entry");
				validator.validate(entryForm, entryErrors);
				DateRules.check(entryForm, entryErrors, clock.today());
				for (FieldError error : entryErrors.getFieldErrors()) {
					problems.add(problem("tracker.import.problem.entry", index, entryIndex, error.getField(), error));
				}
			}
		}
		return problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS));
	}

	private static MessageSourceResolvable problem(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	private static List<TrackerExport.Entry> entriesOf(TrackerExport.Application application) {
		return (application.entries() == null) ? List.of() : application.entries();
	}

	private static ApplicationForm form(TrackerExport.Application imported) {
		ApplicationForm form = new ApplicationForm();
		form.setApplicationNumber(imported.applicationNumber());
		form.setLabel(imported.label());
		form.setPermitType(imported.permitType());
		form.setKind(imported.kind());
		form.setSubmittedOn(imported.submittedOn());
		form.setOffice(imported.office());
		form.setValidUntil(imported.validUntil());
		return form;
	}

	private static StatusEntryForm form(TrackerExport.Entry imported) {
		StatusEntryForm form = new StatusEntryForm();
		form.setStatus(imported.status());
		form.setDate(imported.date());
		form.setNote(imported.note());
		form.setDueDate(imported.enteredDueDate());
		return form;
	}

	private static Instant orNow(Instant instant, Instant now) {
		return (instant != null) ? instant : now;
	}

}
