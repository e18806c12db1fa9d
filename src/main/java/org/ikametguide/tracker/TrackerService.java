package org.ikametguide.tracker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker's reads and writes. Every method takes the owner's account id (from the authenticated principal, never
 * from the request) and reaches data only through it: another owner's application or entry is simply not found.
 * Edits carry the version the form was opened with; a different current version means a change made elsewhere.
 * A user's whole tracker, out and back in (exports and imports), is {@link TrackerBackup}'s.
 */
@Service
public class TrackerService {

	public static final int TIMELINE_PAGE_SIZE = 20;

	private final TrackedApplicationRepository applications;

	private final StatusEntryRepository entries;

	private final TrackerClock clock;

	TrackerService(TrackedApplicationRepository applications, StatusEntryRepository entries, TrackerClock clock) {
		this.applications = applications;
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * The overview in two statements, whatever the number of applications, and reading about one entry per
	 * application however many are stored: counts and latest changes are kept on the application.
	 */
	@Transactional(readOnly = true)
	public List<ApplicationSummary> overview(long ownerId) {
		List<TrackedApplication> owned = applications.findByOwner(ownerId);
		if (owned.isEmpty()) {
			return List.of();
		}
		Map<Long, StatusEntry> current = entries.findCurrentByOwner(ownerId)
			.stream()
			.collect(Collectors.toMap((e) -> e.getApplication().getId(), Function.identity()));
		LocalDate today = clock.today();
		List<ApplicationSummary> summaries = new ArrayList<>();
		for (TrackedApplication application : owned) {
			StatusEntry entry = current.get(application.getId());
			long daysSinceUpdate = Math.max(0, Duration.between(application.getLastChange(), clock.now()).toDays());
			summaries.add(new ApplicationSummary(application, entry, application.getEntryCount(),
					WaitingTime.of(application, entry, today), Deadlines.of(application, entry, today),
					daysSinceUpdate));
		}
		return summaries;
	}

	@Transactional(readOnly = true)
	public TrackedApplication application(long ownerId, long applicationId) {
		return applications.findByIdAndOwnerId(applicationId, ownerId).orElseThrow(ApplicationNotFoundException::new);
	}

	/** {@code page} counts from 0; a page past the end is empty and costs no query. */
	@Transactional(readOnly = true)
	public ApplicationView view(long ownerId, long applicationId, int page) {
		TrackedApplication application = application(ownerId, applicationId);
		StatusEntry current = entries.findCurrent(application).orElse(null);
		Pageable pageable = PageRequest.of(Math.max(0, page), TIMELINE_PAGE_SIZE);
		List<StatusEntry> content = (pageable.getOffset() < application.getEntryCount())
				? entries.findTimelinePage(application, (int) pageable.getOffset(), pageable.getPageSize()) : List.of();
		Page<StatusEntry> timeline = new PageImpl<>(content, pageable, application.getEntryCount());
		LocalDate today = clock.today();
		return new ApplicationView(application, current, timeline, WaitingTime.of(application, current, today),
				Deadlines.of(application, current, today));
	}

	/** Everything the printed record shows: the application and its whole timeline, oldest first. */
	@Transactional(readOnly = true)
	public ApplicationRecord record(long ownerId, long applicationId) {
		TrackedApplication application = application(ownerId, applicationId);
		List<StatusEntry> timeline = entries.findTimeline(application);
		StatusEntry current = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
		LocalDate today = clock.today();
		WaitingTime waiting = WaitingTime.of(application, current, today);
		return new ApplicationRecord(application, current, timeline, waiting, Deadlines.of(application, current, today),
				WaitingBar.of(waiting, application.getSubmittedOn(), timeline));
	}

	/** Keeps the card's PTT barcode ({@code null} removes it). */
	@Transactional
	public void setPttBarcode(long ownerId, long applicationId, String barcode) {
		if (applications.updatePttBarcode(applicationId, ownerId, barcode) != 1) {
			throw new ApplicationNotFoundException();
		}
	}

	@Transactional(readOnly = true)
	public StatusEntry entry(long ownerId, long applicationId, long entryId) {
		return entries.findOwned(ownerId, applicationId, entryId).orElseThrow(ApplicationNotFoundException::new);
	}

	/** The page of its application's timeline (from 1, as the address counts) that shows the entry. */
	@Transactional(readOnly = true)
	public int timelinePageOf(long ownerId, long applicationId, long entryId) {
		StatusEntry entry = entry(ownerId, applicationId, entryId);
		long before = entries.countBefore(entry.getApplication(), entry.getDate(), entry.getId());
		return (int) (before / TIMELINE_PAGE_SIZE) + 1;
	}

	@Transactional
	public long create(long ownerId, ApplicationDetails details) {
		TrackedApplication application = new TrackedApplication(ownerId, details, clock.now());
		return applications.saveUnique(application).getId();
	}

	@Transactional
	public void update(long ownerId, long applicationId, long expectedVersion, ApplicationDetails details) {
		TrackedApplication application = application(ownerId, applicationId);
		checkVersion(application.getVersion(), expectedVersion);
		application.apply(details, clock.now());
		applications.saveUnique(application);
	}

	@Transactional
	public void delete(long ownerId, long applicationId, long expectedVersion) {
		TrackedApplication application = application(ownerId, applicationId);
		checkVersion(application.getVersion(), expectedVersion);
		// Its entries go with it: status_entry.application_id is ON DELETE CASCADE.
		applications.delete(application);
	}

	@Transactional
	public long addEntry(long ownerId, long applicationId, EntryDetails details) {
		TrackedApplication application = application(ownerId, applicationId);
		Instant now = clock.now();
		StatusEntry entry = new StatusEntry(application, details, now);
		StatusEntry current = entries.findCurrent(application).orElse(null);
		if (current != null && !details.date().isBefore(current.getDate())) {
			entry.carryDueDateFrom(current);
		}
		long id = entries.save(entry).getId();
		applications.entriesChanged(applicationId, 1, now);
		return id;
	}

	/** An application with its current entry (null before the first), as its calendar shows them. */
	@Transactional(readOnly = true)
	public TrackerCalendar.Dated dated(long ownerId, long applicationId) {
		TrackedApplication application = application(ownerId, applicationId);
		return new TrackerCalendar.Dated(application, entries.findCurrent(application).orElse(null));
	}

	@Transactional
	public void updateEntry(long ownerId, long applicationId, long entryId, long expectedVersion,
			EntryDetails details) {
		StatusEntry entry = entry(ownerId, applicationId, entryId);
		checkVersion(entry.getVersion(), expectedVersion);
		Instant now = clock.now();
		entry.apply(details, now);
		applications.entriesChanged(applicationId, 0, now);
	}

	@Transactional
	public void deleteEntry(long ownerId, long applicationId, long entryId, long expectedVersion) {
		StatusEntry entry = entry(ownerId, applicationId, entryId);
		checkVersion(entry.getVersion(), expectedVersion);
		entries.delete(entry);
		applications.entriesChanged(applicationId, -1, clock.now());
	}

	private static void checkVersion(long current, long expected) {
		if (current != expected) {
			throw new ConcurrentChangeException(current);
		}
	}

	/** The owner's application with this (normalised) number, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Long> applicationIdByNumber(long ownerId, String number) {
		return applications.findIdByOwnerAndNumber(ownerId, number);
	}

}
