package org.ikametguide.tracker;

/** The kinds of residence permit an application can be for; labels are messages {@code tracker.permitType.CODE}. */
public enum PermitType {

	SHORT_TERM, FAMILY, STUDENT, LONG_TERM, HUMANITARIAN, TRAFFICKING_VICTIM, OTHER

}
