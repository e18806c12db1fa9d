package org.ikametguide.tracker;

import java.util.Locale;

/**
 * The statuses a user can record. Codes are ours and stable (they are stored and exported); what each one means and
 * what to do next is content ({@code statuses} section of the guide, item key {@link #contentKey()}).
 */
public enum ApplicationStatus {

	SUBMITTED(DueKind.DUE, false),
	APPOINTMENT_SCHEDULED(DueKind.APPOINTMENT, false),
	DOCUMENTS_HANDED_IN(DueKind.DUE, false),
	IN_REVIEW(DueKind.DUE, false),
	ADDITIONAL_DOCUMENTS_REQUIRED(DueKind.DOCUMENTS, false),
	APPROVED_PRINTING(DueKind.DUE, true),
	HANDED_TO_PTT(DueKind.DUE, true),
	CARD_RECEIVED(DueKind.DUE, true),
	CONCLUDED(DueKind.DUE, true),
	NOT_FOUND(DueKind.DUE, false),
	REJECTED(DueKind.DUE, true),
	OTHER(DueKind.DUE, false);

	/** What a due date recorded with a status stands for. */
	public enum DueKind {

		/** A date the user must act by. */
		DUE,
		/** The appointment at the migration office. */
		APPOINTMENT,
		/** The date by which missing documents must be handed in. */
		DOCUMENTS

	}

	private final DueKind dueKind;

	private final boolean decided;

	ApplicationStatus(DueKind dueKind, boolean decided) {
		this.dueKind = dueKind;
		this.decided = decided;
	}

	public DueKind dueKind() {
		return dueKind;
	}

	/**
	 * Whether the authority has decided; the waiting time is then no longer compared with the period for a decision.
	 */
	public boolean decided() {
		return decided;
	}

	/** The guide item that holds this status's label, meaning and next step, e.g. {@code in-review}. */
	public String contentKey() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** For templates, which cannot call {@code name()} in attribute expressions of every kind. */
	public String getCode() {
		return name();
	}

}
