package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline, waiting-time and spreadsheet rules on their own. */
class TrackerRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static TrackedApplication application(PermitType type, String office, LocalDate validUntil) {
		return new TrackedApplication(1L, new ApplicationDetails("AB12345", "x", type, ApplicationKind.FIRST,
				TODAY.minusDays(100), office, validUntil), java.time.Instant.now());
	}

	private static StatusEntry entry(TrackedApplication application, ApplicationStatus status, LocalDate date,
			LocalDate due) {
		return new StatusEntry(application, new EntryDetails(status, date, null, due), java.time.Instant.now());
	}

	@Test
	void missingDocumentsWithoutADateGetNoMadeUpDateButNeedActionNow() {
		TrackedApplication application = application(PermitType.FAMILY, null, TODAY.plusDays(200));
		StatusEntry undated = entry(application, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, TODAY, null);
		assertThat(undated.getDueDate()).isNull();
		List<Deadline> deadlines = Deadlines.of(application, undated, TODAY);
		assertThat(deadlines.get(0).type()).isEqualTo(Deadline.Type.DOCUMENTS);
		assertThat(deadlines.get(0).isDated()).isFalse();
		assertThat(deadlines.get(0).urgency()).isEqualTo(Deadline.Urgency.NOW);
		assertThat(deadlines.get(0).isHighlighted()).isTrue();
		assertThat(deadlines).extracting(Deadline::date).containsOnlyOnce((LocalDate) null);

		StatusEntry given = entry(application, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, TODAY,
				TODAY.plusDays(15));
		assertThat(given.getDueDate()).isEqualTo(TODAY.plusDays(15));
		assertThat(Deadlines.of(application, given, TODAY).get(0).urgency()).isEqualTo(Deadline.Urgency.LATER);
		assertThat(entry(application, ApplicationStatus.IN_REVIEW, TODAY, null).getDueDate()).isNull();
		assertThat(Deadlines.of(application, entry(application, ApplicationStatus.IN_REVIEW, TODAY, null), TODAY))
			.allMatch(Deadline::isDated);
	}

	@Test
	void theExtensionWindowOpensSixtyDaysBeforeThePermitEnds() {
		TrackedApplication application = application(PermitType.STUDENT, null, TODAY.plusDays(90));
		List<Deadline> deadlines = Deadlines.of(application, null, TODAY);
		assertThat(deadlines).extracting(Deadline::type)
			.containsExactly(Deadline.Type.EXTENSION_OPENS, Deadline.Type.PERMIT_EXPIRES);
		assertThat(deadlines.get(0).date()).isEqualTo(TODAY.plusDays(30));
		// Once the window is open, the permit's end is the date that matters.
		List<Deadline> inWindow = Deadlines.of(application, null, TODAY.plusDays(40));
		assertThat(inWindow).extracting(Deadline::type).containsExactly(Deadline.Type.PERMIT_EXPIRES);
		assertThat(inWindow.get(0).urgency()).isEqualTo(Deadline.Urgency.LATER);
	}

	@Test
	void onlyTheCurrentStatusDueDateCountsAndUrgencyFollowsTheDays() {
		TrackedApplication application = application(PermitType.FAMILY, null, null);
		assertThat(Deadlines.of(application,
				entry(application, ApplicationStatus.APPOINTMENT_SCHEDULED, TODAY.minusDays(9), TODAY.minusDays(1)), TODAY))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.type()).isEqualTo(Deadline.Type.APPOINTMENT);
				assertThat(d.urgency()).isEqualTo(Deadline.Urgency.OVERDUE);
				assertThat(d.getDistance()).isEqualTo(1);
			});
		assertThat(Deadline.of(Deadline.Type.DUE, TODAY.plusDays(7), TODAY).urgency())
			.isEqualTo(Deadline.Urgency.SOON);
		assertThat(Deadline.of(Deadline.Type.DUE, TODAY, TODAY).urgency()).isEqualTo(Deadline.Urgency.SOON);
		assertThat(Deadline.of(Deadline.Type.DUE, TODAY.plusDays(8), TODAY).urgency())
			.isEqualTo(Deadline.Urgency.LATER);
		assertThat(Deadlines.of(application, null, TODAY)).isEmpty();
	}

	@Test
	void theStatutoryPeriodIs90DaysOr180ForLongTermPermitsInIstanbulAndAntalya() {
		assertThat(WaitingTime.periodDays(PermitType.LONG_TERM, "İSTANBUL İl Göç İdaresi")).isEqualTo(180);
		assertThat(WaitingTime.periodDays(PermitType.LONG_TERM, "istanbul")).isEqualTo(180);
		assertThat(WaitingTime.periodDays(PermitType.LONG_TERM, "Istanbul")).isEqualTo(180);
		assertThat(WaitingTime.periodDays(PermitType.LONG_TERM, "ANTALYA")).isEqualTo(180);
		assertThat(WaitingTime.periodDays(PermitType.LONG_TERM, "Ankara")).isEqualTo(90);
		assertThat(WaitingTime.periodDays(PermitType.LONG_TERM, null)).isEqualTo(90);
		assertThat(WaitingTime.periodDays(PermitType.FAMILY, "İstanbul")).isEqualTo(90);
	}

	@Test
	void theWaitingTimeIsComparedOnlyUntilADecision() {
		TrackedApplication application = application(PermitType.FAMILY, null, null);
		WaitingTime waiting = WaitingTime.of(application, null, TODAY);
		assertThat(waiting.days()).isEqualTo(100);
		assertThat(waiting.isBeyond()).isTrue();
		assertThat(waiting.getDaysBeyond()).isEqualTo(10);
		WaitingTime decided = WaitingTime.of(application,
				entry(application, ApplicationStatus.CARD_RECEIVED, TODAY, null), TODAY);
		assertThat(decided.compared()).isFalse();
		assertThat(decided.isBeyond()).isFalse();
	}

	@Test
	void spreadsheetCellsThatCouldRunAFormulaAreQuoted() {
		for (String risky : new String[] { "=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx" }) {
			assertThat(SpreadsheetSafe.cell(risky)).isEqualTo("'" + risky);
		}
		assertThat(SpreadsheetSafe.cell("plain = text")).isEqualTo("plain = text");
		assertThat(SpreadsheetSafe.cell("")).isEmpty();
	}

}
