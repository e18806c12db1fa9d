package org.ikametguide.tracker;

/** The owner already tracks an application with this number; {@code existingId} is that one. */
public class DuplicateApplicationNumberException extends RuntimeException {

	private final Long existingId;

	public DuplicateApplicationNumberException(Long existingId) {
		// No message: it would carry the number, and numbers must not reach logs.
		super("Duplicate application number", null, false, false);
		this.existingId = existingId;
	}

	public Long getExistingId() {
		return existingId;
	}

}
