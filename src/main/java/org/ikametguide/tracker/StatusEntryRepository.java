package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Status entries, always reached through their application and its owner. What a page shows costs the same however
 * many entries are stored: the current entry and a page of the timeline are read by walking the timeline index
 * {@code (application_id, seen_on, id)} backwards from its end. Their orderings name the application first (one value
 * in each of them) because H2 uses an index for an ORDER BY only when its columns lead the index; without it, H2 read
 * and sorted every entry of the application, on every view.
 */
interface StatusEntryRepository extends Repository<StatusEntry, Long> {

	StatusEntry save(StatusEntry entry);

	void delete(StatusEntry entry);

	@Query("select e from StatusEntry e join fetch e.application a "
			+ "where e.id = :entryId and a.id = :applicationId and a.ownerId = :ownerId")
	Optional<StatusEntry> findOwned(long ownerId, long applicationId, long entryId);

	/** The current entry: of the latest day seen, the last recorded. */
	@Query("select e from StatusEntry e where e.id = (select c.id from StatusEntry c where c.application = :application "
			+ "order by c.application.id desc, c.date desc, c.id desc limit 1)")
	Optional<StatusEntry> findCurrent(TrackedApplication application);

	/** The current entry of each of the owner's applications that has one, in one statement. */
	@Query("select e from TrackedApplication a join StatusEntry e on e.id = (select c.id from StatusEntry c "
			+ "where c.application = a order by c.application.id desc, c.date desc, c.id desc limit 1) "
			+ "where a.ownerId = :ownerId")
	List<StatusEntry> findCurrentByOwner(long ownerId);

	/**
	 * One page of the timeline, newest first. The ids are picked from the index alone (H2 would otherwise read the
	 * rows through the foreign key's index and sort them all), then only those rows are read.
	 */
	@Query("select e from StatusEntry e where e.id in (select p.id from StatusEntry p where p.application = :application "
			+ "order by p.application.id desc, p.date desc, p.id desc offset :offset rows fetch first :size rows only) "
			+ "order by e.date desc, e.id desc")
	List<StatusEntry> findTimelinePage(TrackedApplication application, int offset, int size);

	/** How many entries the timeline (newest first) shows before this one: which of its pages holds it. */
	@Query("select count(p) from StatusEntry p where p.application = :application "
			+ "and (p.date > :date or (p.date = :date and p.id > :id))")
	long countBefore(TrackedApplication application, LocalDate date, long id);

	/** The whole timeline, oldest first: for the printed record, which shows every entry. */
	@Query("select e from StatusEntry e where e.application = :application "
			+ "order by e.application.id, e.date, e.id")
	List<StatusEntry> findTimeline(TrackedApplication application);

	@Query("select e from StatusEntry e join fetch e.application a where a.ownerId = :ownerId "
			+ "order by a.id, e.date, e.id")
	List<StatusEntry> findAllByOwner(long ownerId);

}
