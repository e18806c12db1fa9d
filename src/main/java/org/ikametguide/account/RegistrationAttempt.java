package org.ikametguide.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to register from one client address (kept as a hash). */
@Entity
@Table(name = "registration_attempt")
class RegistrationAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String clientHash;

	private Instant attemptedAt;

	protected RegistrationAttempt() {
	}

	RegistrationAttempt(String clientHash, Instant attemptedAt) {
		this.clientHash = clientHash;
		this.attemptedAt = attemptedAt;
	}

	Long getId() {
		return id;
	}

}
