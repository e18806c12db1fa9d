package org.ikametguide.tracker;

/** Whether an application is a first one, an extension or a transfer; labels are {@code tracker.kind.CODE}. */
public enum ApplicationKind {

	FIRST, EXTENSION, TRANSFER

}
