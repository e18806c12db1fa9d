package org.ikametguide.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.ikametguide.model.BaseEntity;

/** One attempt counted under one limit, for one key (kept as a hash). */
@Entity
@Table(name = "attempt_window")
class AttemptRecord extends BaseEntity {

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

}
