package org.ikametguide.tracker;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Applications, always looked up together with their owner: there is no query by id alone. */
interface TrackedApplicationRepository extends Repository<TrackedApplication, Long> {

	TrackedApplication save(TrackedApplication application);

	void delete(TrackedApplication application);

	void flush();

	/**
	 * Saves and flushes an application whose number is new or changed. The unique key on (owner, number) is the one
	 * rule against duplicates: a check before the insert would let two simultaneous requests (a double-click) both
	 * pass. Flushing makes the violation surface here, as a {@link DuplicateApplicationNumberException}, rather than at
	 * commit. Any other integrity violation (the owner deleted a moment ago) is not a duplicate.
	 */
	default TrackedApplication saveUnique(TrackedApplication application) {
		try {
			TrackedApplication saved = save(application);
			flush();
			return saved;
		}
		catch (DataIntegrityViolationException ex) {
			if (isUniqueViolation(ex)) {
				throw new DuplicateApplicationNumberException();
			}
			throw ex;
		}
	}

	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
			}
		}
		return false;
	}

	Optional<TrackedApplication> findByIdAndOwnerId(long id, long ownerId);

	@Query("select a from TrackedApplication a where a.ownerId = :ownerId order by a.submittedOn desc, a.id desc")
	List<TrackedApplication> findByOwner(long ownerId);

	@Query("select a from TrackedApplication a where a.ownerId = :ownerId order by a.id")
	List<TrackedApplication> findByOwnerInCreationOrder(long ownerId);

	@Query("select a.id from TrackedApplication a where a.ownerId = :ownerId and a.applicationNumber = :number")
	Optional<Long> findIdByOwnerAndNumber(long ownerId, String number);

	@Query("select a.applicationNumber from TrackedApplication a where a.ownerId = :ownerId")
	List<String> findNumbersByOwner(long ownerId);

	/**
	 * Counts an entry of the application added ({@code delta} 1), changed (0) or deleted (-1), in the caller's
	 * transaction. One atomic update: two entries added at once both count. The application's version stays: this
	 * is no edit of its details, and an edit form opened before stays valid.
	 */
	@Modifying
	@Query("update TrackedApplication a set a.entryCount = a.entryCount + :delta, a.entriesChangedAt = :now "
			+ "where a.id = :id")
	void entriesChanged(long id, int delta, Instant now);

	/** Keeps or removes the card's PTT barcode without touching the version: it is no edit of the details. */
	@Modifying
	@Query("update TrackedApplication a set a.pttBarcode = :barcode where a.id = :id and a.ownerId = :ownerId")
	int updatePttBarcode(long id, long ownerId, String barcode);

}
