package org.ikametguide.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt counted under one limit, for one key (kept as a hash). */
@Entity
@Table(name = "attempt_window")
class AttemptRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String limitName;

	private String keyHash;

	private Instant attemptedAt;

	protected AttemptRecord() {
	}

	AttemptRecord(String limitName, String keyHash, Instant attemptedAt) {
		this.limitName = limitName;
		this.keyHash = keyHash;
		this.attemptedAt = attemptedAt;
	}

	Long getId() {
		return id;
	}

}
