package org.ikametguide.tracker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Status entries, always reached through their application and its owner. The overview reads the current entry of
 * every application and the per-application counts in one statement each, whatever the number of applications.
 */
interface StatusEntryRepository extends Repository<StatusEntry, Long> {

	StatusEntry save(StatusEntry entry);

	void delete(StatusEntry entry);

	@Query("select e from StatusEntry e join fetch e.application a "
			+ "where e.id = :entryId and a.id = :applicationId and a.ownerId = :ownerId")
	Optional<StatusEntry> findOwned(long ownerId, long applicationId, long entryId);

	/**
	 * The entries seen on the latest day of each of the owner's applications (usually one per application; the caller
	 * keeps the last recorded when there are several). A grouped subquery keeps this linear in the number of entries.
	 */
	@Query("select e from StatusEntry e where e.application.ownerId = :ownerId and (e.application.id, e.date) in ("
			+ "select m.application.id, max(m.date) from StatusEntry m where m.application.ownerId = :ownerId "
			+ "group by m.application.id)")
	List<StatusEntry> findLatestDayByOwner(long ownerId);

	@Query("select new org.ikametguide.tracker.EntryStats(e.application.id, count(e), max(e.updatedAt)) "
			+ "from StatusEntry e where e.application.ownerId = :ownerId group by e.application.id")
	List<EntryStats> findStatsByOwner(long ownerId);

	Optional<StatusEntry> findFirstByApplicationOrderByDateDescIdDesc(TrackedApplication application);

	@Query(value = "select e from StatusEntry e where e.application = :application order by e.date desc, e.id desc",
			countQuery = "select count(e) from StatusEntry e where e.application = :application")
	Page<StatusEntry> findTimeline(TrackedApplication application, Pageable pageable);

	@Query("select e from StatusEntry e join fetch e.application a where a.ownerId = :ownerId "
			+ "order by a.id, e.date, e.id")
	List<StatusEntry> findAllByOwner(long ownerId);

}
