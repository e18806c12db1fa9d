package org.ikametguide.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface RegistrationAttemptRepository extends JpaRepository<RegistrationAttempt, Long> {

	long countByClientHashAndAttemptedAtAfter(String clientHash, Instant since);

	@Modifying
	@Transactional
	@Query("delete from RegistrationAttempt a where a.attemptedAt < :before")
	int deleteOlderThan(Instant before);

}
