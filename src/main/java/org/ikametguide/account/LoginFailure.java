package org.ikametguide.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One sign-in attempt that failed, or is being checked right now, for one username (kept as a hash). */
@Entity
@Table(name = "login_failure")
class LoginFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String usernameHash;

	private Instant attemptedAt;

	protected LoginFailure() {
	}

	LoginFailure(String usernameHash, Instant attemptedAt) {
		this.usernameHash = usernameHash;
		this.attemptedAt = attemptedAt;
	}

	Long getId() {
		return id;
	}

	Instant getAttemptedAt() {
		return attemptedAt;
	}

}
