package org.ikametguide.tracker;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One residence-permit application a user follows. It belongs to exactly one account ({@code ownerId}), set once when
 * created and never from a request. No toString: the application number must not end up in logs.
 */
@Entity
@Table(name = "tracked_application")
public class TrackedApplication extends EditedRecord {

	@Column(name = "owner_id", nullable = false, updatable = false)
	private long ownerId;

	private String applicationNumber;

	private String label;

	@Enumerated(EnumType.STRING)
	private PermitType permitType;

	@Enumerated(EnumType.STRING)
	@Column(name = "application_kind")
	private ApplicationKind kind;

	private LocalDate submittedOn;

	private String office;

	private LocalDate validUntil;

	/**
	 * How many entries the application has, and when one was last added, changed or deleted: kept by the writes of
	 * entries ({@link TrackedApplicationRepository#entriesChanged}), never by an edit of the application, which would
	 * write back what it read.
	 */
	@Column(updatable = false)
	private int entryCount;

	@Column(updatable = false)
	private Instant entriesChangedAt;

	/** Written only by {@link TrackedApplicationRepository#updatePttBarcode}; private like a note. */
	@Column(updatable = false)
	private String pttBarcode;

	protected TrackedApplication() {
	}

	public TrackedApplication(long ownerId, ApplicationDetails details, Instant now) {
		super(now);
		this.ownerId = ownerId;
		apply(details, now);
	}

	/** Takes the user's edit. */
	public void apply(ApplicationDetails details, Instant now) {
		this.applicationNumber = details.applicationNumber();
		this.label = details.label();
		this.permitType = details.permitType();
		this.kind = details.kind();
		this.submittedOn = details.submittedOn();
		this.office = details.office();
		this.validUntil = details.validUntil();
		edited(now);
	}

	/** An imported application's barcode, set before it is first stored (afterwards only the repository writes it). */
	void restorePttBarcode(String barcode) {
		this.pttBarcode = barcode;
	}

	public ApplicationDetails details() {
		return new ApplicationDetails(applicationNumber, label, permitType, kind, submittedOn, office, validUntil);
	}

	public long getOwnerId() {
		return ownerId;
	}

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public String getLabel() {
		return label;
	}

	public PermitType getPermitType() {
		return permitType;
	}

	public ApplicationKind getKind() {
		return kind;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public String getOffice() {
		return office;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public int getEntryCount() {
		return entryCount;
	}

	/** The latest change to the application or to one of its entries. */
	public Instant getLastChange() {
		return (entriesChangedAt != null && entriesChangedAt.isAfter(getUpdatedAt())) ? entriesChangedAt : getUpdatedAt();
	}

	public String getPttBarcode() {
		return pttBarcode;
	}

}
