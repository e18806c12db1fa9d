package org.ikametguide.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

	/** When the other attempts for this username since {@code since} were made, oldest first. */
	@Query("select f.attemptedAt from LoginFailure f where f.usernameHash = :usernameHash and f.attemptedAt > :since "
			+ "and f.id <> :exceptId order by f.attemptedAt")
	List<Instant> findAttemptTimes(String usernameHash, Instant since, long exceptId);

	@Modifying
	@Transactional
	@Query("delete from LoginFailure f where f.usernameHash = :usernameHash")
	int deleteByUsernameHash(String usernameHash);

	@Modifying
	@Transactional
	@Query("delete from LoginFailure f where f.attemptedAt < :before")
	int deleteOlderThan(Instant before);

}
