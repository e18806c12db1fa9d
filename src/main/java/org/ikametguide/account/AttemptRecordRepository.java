package org.ikametguide.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AttemptRecordRepository extends JpaRepository<AttemptRecord, Long> {

	long countByLimitNameAndKeyHashAndAttemptedAtAfter(String limitName, String keyHash, Instant since);

	@Modifying
	@Transactional
	@Query("delete from AttemptRecord a where a.limitName = :limitName and a.keyHash = :keyHash")
	int deleteByKey(String limitName, String keyHash);

	@Modifying
	@Transactional
	@Query("delete from AttemptRecord a where a.attemptedAt < :before")
	int deleteOlderThan(Instant before);

}
