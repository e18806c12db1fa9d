package org.ikametguide.tracker;

/** The owner already tracks an application with this number (the unique key said so). */
public class DuplicateApplicationNumberException extends RuntimeException {

	public DuplicateApplicationNumberException() {
		// No message: it would carry the number, and numbers must not reach logs.
		super("Duplicate application number", null, false, false);
	}

}
