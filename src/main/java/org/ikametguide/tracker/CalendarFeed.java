package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.ikametguide.model.BaseEntity;

/**
 * A private calendar subscription: one application's dates ({@code applicationId} set) or the whole tracker's
 * ({@code applicationId} null). Only the SHA-256 of the address's token is kept; the token itself is shown once.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends BaseEntity {

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	@Column(name = "application_id", updatable = false)
	private Long applicationId;

	@Column(nullable = false, updatable = false)
	private String tokenHash;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(long ownerId, Long applicationId, String tokenHash, String locale, Instant createdAt) {
		this.ownerId = ownerId;
		this.applicationId = applicationId;
		this.tokenHash = tokenHash;
		this.locale = locale;
		this.createdAt = createdAt;
	}

	long getOwnerId() {
		return ownerId;
	}

	Long getApplicationId() {
		return applicationId;
	}

	String getLocale() {
		return locale;
	}

	/** The day the address was made, in Turkey (as every date of the tracker). */
	public LocalDate getCreatedOn() {
		return LocalDate.ofInstant(createdAt, TrackerClock.TURKEY);
	}

}
