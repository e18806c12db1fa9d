package org.ikametguide.tracker;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Applications, always looked up together with their owner: there is no query by id alone. */
interface TrackedApplicationRepository extends Repository<TrackedApplication, Long> {

	TrackedApplication save(TrackedApplication application);

	void delete(TrackedApplication application);

	void flush();

	Optional<TrackedApplication> findByIdAndOwnerId(long id, long ownerId);

	@Query("select a from TrackedApplication a where a.ownerId = :ownerId order by a.submittedOn desc, a.id desc")
	List<TrackedApplication> findByOwner(long ownerId);

	@Query("select a from TrackedApplication a where a.ownerId = :ownerId order by a.id")
	List<TrackedApplication> findByOwnerInCreationOrder(long ownerId);

	@Query("select a.id from TrackedApplication a where a.ownerId = :ownerId and a.applicationNumber = :number")
	Optional<Long> findIdByOwnerAndNumber(long ownerId, String number);

	@Query("select a.applicationNumber from TrackedApplication a where a.ownerId = :ownerId")
	List<String> findNumbersByOwner(long ownerId);

}
