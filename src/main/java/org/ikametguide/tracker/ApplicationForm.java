package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


import org.springframework.format.annotation.DateTimeFormat;

/**
 * The application form (new and edit). It has no id and no owner: those come from the URL and the login. There are
 * deliberately no fields for portal credentials, passport or ID numbers. {@code version} is the version the form was
 * opened with, so a stale edit is detected.
 */
public class ApplicationForm {

	@NotBlank(message = "{tracker.application.applicationNumber.required}")
	@Pattern(regexp = "^$|[A-Z0-9/-]{5,30}", message = "{tracker.application.applicationNumber.invalid}")
	private String applicationNumber;

	@NotBlank(message = "{tracker.application.label.required}")
	@Size(max = 100, message = "{tracker.application.label.tooLong}")
	@PlainText
	private String label;

	@NotNull(message = "{tracker.application.permitType.required}")
	private PermitType permitType;

	@NotNull(message = "{tracker.application.kind.required}")
	private ApplicationKind kind;

	@NotNull(message = "{tracker.application.submittedOn.required}")
	@SeenDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedOn;

	@Size(max = 100, message = "{tracker.application.office.tooLong}")
	@PlainText
	private String office;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	private long version;

	public static ApplicationForm of(TrackedApplication application) {
		ApplicationForm form = new ApplicationForm();
		form.setApplicationNumber(application.getApplicationNumber());
		form.setLabel(application.getLabel());
		form.setPermitType(application.getPermitType());
		form.setKind(application.getKind());
		form.setSubmittedOn(application.getSubmittedOn());
		form.setOffice(application.getOffice());
		form.setValidUntil(application.getValidUntil());
		form.setVersion(application.getVersion());
		return form;
	}

	/** Application numbers are compared as the portal shows them: no spaces, upper case. */
	public static String normalizeNumber(String number) {
		return (number == null) ? null : number.replaceAll("[\\s\\u00A0\\u202F]+", "").toUpperCase(Locale.ROOT);
	}

	public ApplicationDetails toDetails() {
		return new ApplicationDetails(applicationNumber, label.strip(), permitType, kind, submittedOn,
				(office == null || office.isBlank()) ? null : office.strip(), validUntil);
	}

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = normalizeNumber(applicationNumber);
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public PermitType getPermitType() {
		return permitType;
	}

	public void setPermitType(PermitType permitType) {
		this.permitType = permitType;
	}

	public ApplicationKind getKind() {
		return kind;
	}

	public void setKind(ApplicationKind kind) {
		this.kind = kind;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public void setSubmittedOn(LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public String getOffice() {
		return office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
