package org.ikametguide.tracker;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Calendar subscriptions, found by their token's hash (a calendar program asking) or through their owner (the owner's
 * pages). An owner's subscription to the whole tracker is the one without an application.
 */
interface CalendarFeedRepository extends Repository<CalendarFeed, Long> {

	CalendarFeed save(CalendarFeed feed);

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	Optional<CalendarFeed> findFirstByOwnerIdAndApplicationIdOrderByIdDesc(long ownerId, long applicationId);

	Optional<CalendarFeed> findFirstByOwnerIdAndApplicationIdIsNullOrderByIdDesc(long ownerId);

	@Modifying
	@Query("delete from CalendarFeed f where f.ownerId = :ownerId and f.applicationId = :applicationId")
	int deleteForApplication(long ownerId, long applicationId);

	@Modifying
	@Query("delete from CalendarFeed f where f.ownerId = :ownerId and f.applicationId is null")
	int deleteForTracker(long ownerId);

}
