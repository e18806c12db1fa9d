package org.ikametguide.tracker;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's whole tracker out (everything an export writes, as CSV or JSON) and back in (the import of a JSON export).
 * Like {@link TrackerService}, it reaches data only through the owner's account id. An import is all or nothing: every
 * value is checked with the forms' rules ({@link ImportCheck}) and the writing happens in one transaction, rolled back
 * by the {@link ImportException} that reports a problem. Applications whose number the user already tracks are
 * reported and skipped, never doubled.
 */
@Service
class TrackerBackup {

	/** Enough to say what is wrong without burying the reader. */
	static final int MAX_PROBLEMS = 10;

	private final TrackedApplicationRepository applications;

	private final StatusEntryRepository entries;

	private final TrackerJson json;

	private final ImportCheck check;

	private final TrackerClock clock;

	private final EntityManager entityManager;

	TrackerBackup(TrackedApplicationRepository applications, StatusEntryRepository entries, TrackerJson json,
			ImportCheck check, TrackerClock clock, EntityManager entityManager) {
		this.applications = applications;
		this.entries = entries;
		this.json = json;
		this.check = check;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** Everything the owner tracks: applications in the order they were created, each with its entries oldest first. */
	@Transactional(readOnly = true)
	public List<ApplicationEntries> everything(long ownerId) {
		Map<Long, List<StatusEntry>> byApplication = entries.findAllByOwner(ownerId)
			.stream()
			.collect(Collectors.groupingBy((entry) -> entry.getApplication().getId()));
		return applications.findByOwnerInCreationOrder(ownerId)
			.stream()
			.map((application) -> new ApplicationEntries(application,
					byApplication.getOrDefault(application.getId(), List.of())))
			.toList();
	}

	/** The JSON export ({@link TrackerExport}) of everything the owner tracks, made now. */
	@Transactional(readOnly = true)
	public byte[] exportJson(long ownerId) {
		return json.write(TrackerExport.of(everything(ownerId), clock.now()));
	}

	/**
	 * Restores a JSON export, plain or gzip-compressed, read as a stream: one application at a time is in memory,
	 * however large the file.
	 */
	@Transactional
	public ImportResult importFile(long ownerId, InputStream content) {
		Set<String> known = new HashSet<>(applications.findNumbersByOwner(ownerId));
		List<String> duplicates = new ArrayList<>();
		List<MessageSourceResolvable> problems = new ArrayList<>();
		int[] added = new int[2];
		Instant now = clock.now();
		LocalDate today = clock.today();
		json.read(content, (index, imported) -> {
			problems.addAll(check.problems(index, imported, today));
			if (problems.size() >= MAX_PROBLEMS) {
				throw invalid(problems); // enough to say what is wrong; the rest of the file is not read
			}
			if (!problems.isEmpty()) {
				return; // nothing more is written: the transaction is rolled back at the end
			}
			String number = imported.toForm().getApplicationNumber();
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

	/** Stores one checked application and its entries, keeping their timestamps; returns how many entries. */
	private int store(long ownerId, TrackerExport.Application imported, Instant now) {
		TrackedApplication application = new TrackedApplication(ownerId, imported.toForm().toDetails(), now);
		application.restoreTimestamps(orNow(imported.createdAt(), now), orNow(imported.updatedAt(), now));
		application.restorePttBarcode(PttBarcodeForm.of(imported.pttBarcode()).toBarcode());
		applications.save(application);
		Instant entriesChangedAt = null;
		for (TrackerExport.Entry importedEntry : imported.entriesOrNone()) {
			StatusEntry entry = new StatusEntry(application, importedEntry.toForm().toDetails(), now);
			entry.restoreTimestamps(orNow(importedEntry.createdAt(), now), orNow(importedEntry.updatedAt(), now));
			entries.save(entry);
			if (entriesChangedAt == null || entry.getUpdatedAt().isAfter(entriesChangedAt)) {
				entriesChangedAt = entry.getUpdatedAt();
			}
		}
		int count = imported.entriesOrNone().size();
		if (count > 0) {
			// Counted as TrackerService counts an added entry, all of the application's entries at once.
			applications.entriesChanged(application.getId(), count, entriesChangedAt);
		}
		// Written rows are flushed and let go of, so that memory holds one application, not the whole file.
		entityManager.flush();
		entityManager.clear();
		return count;
	}

	private static Instant orNow(Instant instant, Instant now) {
		return (instant != null) ? instant : now;
	}

}
