package org.ikametguide.tracker;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.ikametguide.model.BaseEntity;

/**
 * What an application and a status entry both have: a row id, when the user created it and last edited it, and a
 * version that turns an edit of a page read before someone else's save into a conflict.
 */
@MappedSuperclass
public abstract class EditedRecord extends BaseEntity {

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected EditedRecord() {
	}

	protected EditedRecord(Instant now) {
		this.createdAt = now;
	}

	/** Records the user's edit; {@code updatedAt} feeds "last updated N days ago". */
	protected void edited(Instant now) {
		this.updatedAt = now;
	}

	/** Keeps the original timestamps when a backup is restored. */
	void restoreTimestamps(Instant createdAt, Instant updatedAt) {
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
