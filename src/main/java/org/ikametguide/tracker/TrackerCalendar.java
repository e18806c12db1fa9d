package org.ikametguide.tracker;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;


import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * One application's dates as an iCalendar file, written with ical4j: the due date or appointment that comes with its
 * current status (the same rule as the application page: a later status supersedes an earlier request; only a date
 * the user entered, never a guessed one) and the extension window, with its source. All-day events (the dates have
 * no time) with reminders a week and a day before. UIDs are built from the application, the kind of date and the
 * date, so importing the file again updates rather than duplicates.
 * Summaries carry the user's label for the application, never its number.
 */
@Component
class TrackerCalendar {

	static final String PRODUCT_ID = "-//ikamet-guide//tracker//EN";

	static final String CALENDAR_NAME = "X-WR-CALNAME";

	private final MessageSource messages;

	private final TrackerClock clock;

	TrackerCalendar(MessageSource messages, TrackerClock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** An application and its current entry (null before the first), as the calendar shows them. */
	record Dated(TrackedApplication application, StatusEntry current) {
	}

	/** The download of one application's dates. */
	String write(Dated application, Map<ApplicationStatus, StatusText> texts, Locale locale) {
		return write(List.of(application), texts, locale, null);
	}

	/**
	 * The dates of these applications in one calendar. {@code name}, when given, is the message that names the
	 * calendar in the programs that subscribe to it ({@code X-WR-CALNAME}, the name Google Calendar and Apple Calendar
	 * show), in the calendar's language like all its texts.
	 */
	String write(List<Dated> applications, Map<ApplicationStatus, StatusText> texts, Locale locale,
			MessageSourceResolvable name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT_ID));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		if (name != null) {
			calendar.add(new XProperty(CALENDAR_NAME, messages.getMessage(name, locale)));
		}
		// No METHOD: this is a plain calendar file to import (RFC 5545), not an iTIP message; METHOD:PUBLISH would make
		// an ORGANIZER required on every event and alarm, and a personal reminder has none.
		DtStamp stamp = new DtStamp(clock.now());
		for (Dated dated : applications) {
			addEvents(calendar, dated.application(), dated.current(), texts, locale, stamp);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("Calendar could not be written", ex);
		}
		return out.toString();
	}

	private void addEvents(Calendar calendar, TrackedApplication application, StatusEntry current,
			Map<ApplicationStatus, StatusText> texts, Locale locale, DtStamp stamp) {
		// The day it was submitted, always: the file then holds at least one event, as RFC 5545 requires (a calendar
		// without components is refused by some programs), and it anchors the application in the person's calendar.
		LocalDate submittedOn = application.getSubmittedOn();
		calendar.add(allDay(submittedOn, submittedOn.plusDays(1),
				message("tracker.calendar.summary.SUBMITTED", locale, application.getLabel()),
				message("tracker.calendar.submitted", locale),
				"application-" + application.getId() + "-submitted-" + submittedOn, stamp));
		if (current != null && current.getDueDate() != null) {
			Deadline.Type type = Deadlines.typeOf(current.getStatus());
			LocalDate due = current.getDueDate();
			String summary = message("tracker.calendar.summary." + type, locale, application.getLabel());
			StatusText text = texts.get(current.getStatus());
			String description = text.label() + " — " + text.next();
			VEvent event = allDay(due, due.plusDays(1), summary, description,
					"application-" + application.getId() + "-" + type.name().toLowerCase(Locale.ROOT) + "-" + due,
					stamp);
			event.add(reminder(Duration.ofDays(-7), summary, false));
			event.add(reminder(Duration.ofDays(-1), summary, false));
			calendar.add(event);
		}
		LocalDate validUntil = application.getValidUntil();
		if (validUntil != null) {
			String summary = message("tracker.calendar.summary.EXTENSION_WINDOW", locale, application.getLabel());
			String description = message("tracker.calendar.extension", locale, Deadline.EXTENSION_WINDOW_DAYS,
					Sources.LAW_6458);
			// DTEND of an all-day event is exclusive: the window includes the permit's last day.
			VEvent window = allDay(Deadlines.extensionOpens(validUntil), validUntil.plusDays(1), summary, description,
					"application-" + application.getId() + "-extension-" + validUntil, stamp);
			window.add(reminder(Duration.ofDays(-1), summary, false));
			window.add(reminder(Duration.ofDays(-14), summary, true));
			calendar.add(window);
		}
	}

	private static VEvent allDay(LocalDate start, LocalDate endExclusive, String summary, String description,
			String uid, DtStamp stamp) {
		VEvent event = new VEvent(start, endExclusive, oneLine(summary));
		event.add(new Uid(uid + "@ikamet-guide"));
		event.add(new Description(oneLine(description)));
		event.replace(stamp);
		return event;
	}

	/** A pop-up reminder; relative to the event's end when {@code fromEnd} (for "the window closes soon"). */
	private static VAlarm reminder(Duration before, String summary, boolean fromEnd) {
		VAlarm alarm = new VAlarm();
		ParameterList parameters = fromEnd ? new ParameterList(List.of(Related.END)) : new ParameterList();
		alarm.add(new Trigger(parameters, before));
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description(oneLine(summary)));
		return alarm;
	}

	/**
	 * A text value as one line: ical4j escapes LF but writes a lone CR, U+0085, U+2028 or U+2029 as it is, and a
	 * calendar program reads each as a line break, so a label could add properties or events. The forms refuse such
	 * characters; this keeps the file safe whatever is stored (older data, a direct database edit).
	 */
	private static String oneLine(String text) {
		return PlainText.CONTROL_CHARACTERS.matcher(text).replaceAll(" ");
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

}
