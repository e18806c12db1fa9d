package org.ikametguide.tracker;

import java.time.LocalDate;

/** What a user tells about an application, already validated and normalised. Never logged (it holds the number). */
public record ApplicationDetails(String applicationNumber, String label, PermitType permitType, ApplicationKind kind,
		LocalDate submittedOn, String office, LocalDate validUntil) {

	@Override
	public String toString() {
		return "ApplicationDetails[redacted]";
	}

}
