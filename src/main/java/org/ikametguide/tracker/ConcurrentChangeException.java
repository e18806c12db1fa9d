package org.ikametguide.tracker;

/**
 * The record was changed (in another tab or on another device) after the form was opened; the stale edit is refused
 * instead of overwriting that change.
 */
public class ConcurrentChangeException extends RuntimeException {

	private final long currentVersion;

	public ConcurrentChangeException(long currentVersion) {
		super("Changed elsewhere", null, false, false);
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return currentVersion;
	}

}
