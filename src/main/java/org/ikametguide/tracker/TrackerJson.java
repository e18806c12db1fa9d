package org.ikametguide.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
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
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Jackson 3 refuses a missing primitive by default; a file without "version" is then refused by its check.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	/** One application of the {@code applications} array, read where the parser stands (more follow it). */
	private final ObjectReader applicationReader = mapper.readerFor(TrackerExport.Application.class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final TrackedApplicationRepository applications;

	private final StatusEntryRepository entries;

	private final SpringValidatorAdapter validator;

	private final TrackerClock clock;

	private final EntityManager entityManager;

	/**
	 * The most JSON an import reads: the upload limit, which also holds for what a gzip file unpacks to (a small
	 * compressed file can unpack without end).
	 */
	private final long maxContentBytes;

	TrackerJson(TrackedApplicationRepository applications, StatusEntryRepository entries,
			jakarta.validation.Validator validator, TrackerClock clock, EntityManager entityManager,
			@Value("${spring.servlet.multipart.max-file-size}") DataSize maxContent) {
		this.maxContentBytes = maxContent.toBytes();
		this.applications = applications;
		this.entries = entries;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
		this.entityManager = entityManager;
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
					a.getKind(), a.getSubmittedOn(), a.getOffice(), a.getValidUntil(), a.getPttBarcode(),
					a.getCreatedAt(), a.getUpdatedAt(), byApplication.getOrDefault(a.getId(), List.of())))
			.toList();
		return new TrackerExport(TrackerExport.FORMAT, TrackerExport.VERSION, clock.now(), exported);
	}

	public byte[] write(TrackerExport export) {
		return mapper.writeValueAsBytes(export);
	}

	/**
	 * Restores a file made by {@link #write}, plain or gzip-compressed, read as a stream: one application at a time is
	 * in memory, however large the file. Every value is checked with the forms' rules; if anything is off, an
	 * {@link ImportException} rolls the transaction back and nothing is changed.
	 */
	@Transactional
	public ImportResult importFile(long ownerId, InputStream content) {
		Set<String> known = new HashSet<>(applications.findNumbersByOwner(ownerId));
		List<String> duplicates = new ArrayList<>();
		List<MessageSourceResolvable> problems = new ArrayList<>();
		int[] added = new int[2];
		Instant now = clock.now();
		LocalDate today = clock.today();
		readApplications(content, (index, imported) -> {
			validate(index, imported, today, problems);
			if (problems.size() >= MAX_PROBLEMS) {
				throw invalid(problems); // enough to say what is wrong; the rest of the file is not read
			}
			if (!problems.isEmpty()) {
				return; // nothing more is written: the transaction is rolled back at the end
			}
			String number = form(imported).getApplicationNumber();
			if (!known.add(number)) {
				duplicates.add(number);
				return;
			}
			added[0]++;
			added[1] += store(ownerId, imported, now);
		});
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		return new ImportResult(added[0], added[1], List.copyOf(duplicates));
	}

	private static ImportException invalid(List<MessageSourceResolvable> problems) {
		return new ImportException("tracker.import.error.invalid",
				problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
	}

	/** Stores one checked application and its entries; returns how many entries. */
	private int store(long ownerId, TrackerExport.Application imported, Instant now) {
		TrackedApplication application = new TrackedApplication(ownerId, form(imported).toDetails(), now);
		application.restoreTimestamps(orNow(imported.createdAt(), now), orNow(imported.updatedAt(), now));
		application.restorePttBarcode(PttBarcodeForm.of(imported.pttBarcode()).toBarcode());
		List<TrackerExport.Entry> importedEntries = entriesOf(imported);
		application.restoreEntries(importedEntries.size(), importedEntries.stream()
			.map((importedEntry) -> orNow(importedEntry.updatedAt(), now))
			.max(Instant::compareTo)
			.orElse(null));
		applications.save(application);
		for (TrackerExport.Entry importedEntry : importedEntries) {
			StatusEntry entry = new StatusEntry(application, form(importedEntry).toDetails(), now);
			entry.restore(orNow(importedEntry.createdAt(), now), orNow(importedEntry.updatedAt(), now));
			entries.save(entry);
		}
		// Written rows are flushed and let go of, so that memory holds one application, not the whole file.
		entityManager.flush();
		entityManager.clear();
		return importedEntries.size();
	}

	/**
	 * Reads the file's envelope ({@code format} and {@code version} must come before {@code applications}, as
	 * {@link #write} puts them) and hands each application to {@code each} as soon as it is read.
	 */
	private void readApplications(InputStream content, BiConsumer<Integer, TrackerExport.Application> each) {
		try (JsonParser parser = mapper.createParser(ImportFile.open(content, maxContentBytes))) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new ImportException("tracker.import.error.foreign");
			}
			String format = null;
			Integer version = null;
			boolean sawApplications = false;
			boolean unknown = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "format" -> format = (value == JsonToken.VALUE_STRING) ? parser.getString() : "";
					case "version" -> version = (value == JsonToken.VALUE_NUMBER_INT) ? parser.getIntValue() : -1;
					case "exportedAt" -> parser.skipChildren();
					case "applications" -> {
						checkEnvelope(format, version);
						if (value != JsonToken.START_ARRAY) {
							throw new ImportException("tracker.import.error.malformed");
						}
						int index = 0;
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							index++;
							each.accept(index, (parser.currentToken() == JsonToken.VALUE_NULL) ? null
									: applicationReader.readValue(parser));
						}
						sawApplications = true;
					}
					default -> {
						unknown = true;
						parser.skipChildren();
					}
				}
			}
			checkEnvelope(format, version);
			if (unknown || !sawApplications) {
				throw new ImportException("tracker.import.error.malformed");
			}
			if (parser.nextToken() != null) {
				throw new ImportException("tracker.import.error.notJson");
			}
		}
		catch (StreamReadException | JacksonIOException | IOException ex) {
			// Not JSON, or a damaged gzip file. The parser's message may quote the file's content, so it is neither
			// shown nor logged.
			throw new ImportException("tracker.import.error.notJson");
		}
		catch (JacksonException ex) {
			throw new ImportException("tracker.import.error.malformed");
		}
	}

	private static void checkEnvelope(String format, Integer version) {
		if (!TrackerExport.FORMAT.equals(format)) {
			throw new ImportException("tracker.import.error.foreign");
		}
		if (version == null || version != TrackerExport.VERSION) {
			throw new ImportException("tracker.import.error.version");
		}
	}

	/**
	 * Applies the forms' rules to an application and its entries, and checks their timestamps; adds what is wrong to
	 * {@code problems}.
	 */
	private void validate(int index, TrackerExport.Application imported, LocalDate today,
			List<MessageSourceResolvable> problems) {
		if (imported == null) {
			problems.add(problem("tracker.import.problem.missing", index));
			return;
		}
		ApplicationForm form = form(imported);
		Errors errors = new BeanPropertyBindingResult(form, "application");
		validator.validate(form, errors);
		for (FieldError error : errors.getFieldErrors()) {
			problems.add(problem("tracker.import.problem.application", index, error.getField(), error));
		}
		PttBarcodeForm barcode = PttBarcodeForm.of(imported.pttBarcode());
		Errors barcodeErrors = new BeanPropertyBindingResult(barcode, "pttBarcode");
		validator.validate(barcode, barcodeErrors);
		for (FieldError error : barcodeErrors.getFieldErrors()) {
			problems.add(problem("tracker.import.problem.application", index, "pttBarcode", error));
		}
		timestamp(imported.createdAt(), today)
			.ifPresent((error) -> problems.add(problem("tracker.import.problem.application", index, "createdAt", error)));
		timestamp(imported.updatedAt(), today)
			.ifPresent((error) -> problems.add(problem("tracker.import.problem.application", index, "updatedAt", error)));
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
			int entryNumber = entryIndex;
			for (FieldError error : entryErrors.getFieldErrors()) {
				problems.add(problem("tracker.import.problem.entry", index, entryNumber, error.getField(), error));
			}
			timestamp(importedEntry.createdAt(), today).ifPresent((error) -> problems
				.add(problem("tracker.import.problem.entry", index, entryNumber, "createdAt", error)));
			timestamp(importedEntry.updatedAt(), today).ifPresent((error) -> problems
				.add(problem("tracker.import.problem.entry", index, entryNumber, "updatedAt", error)));
		}
	}

	/** A stored timestamp passes the rule of a form's date: not in the future, not before the forms' earliest date. */
	private static Optional<MessageSourceResolvable> timestamp(Instant instant, LocalDate today) {
		return DateRules.timestampProblem(instant, today).map((code) -> problem(code));
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
