package org.ikametguide.tracker;

import org.ikametguide.tracker.web.StatusEntryForm;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the application page; shared by the page itself and by the status form, which re-renders the
 * page (with the user's input kept) when what was typed is not valid.
 */
@Component
class ApplicationPage {

	static final String VIEW = "tracker/application";

	private final TrackerService tracker;

	private final StatusTexts statusTexts;

	private final CalendarFeeds feeds;

	ApplicationPage(TrackerService tracker, StatusTexts statusTexts, CalendarFeeds feeds) {
		this.tracker = tracker;
		this.statusTexts = statusTexts;
		this.feeds = feeds;
	}

	/** {@code pageNumber} counts from 1, as shown to the reader. */
	String show(long owner, long applicationId, int pageNumber, Model model) {
		ApplicationView view = tracker.view(owner, applicationId, pageNumber - 1);
		model.addAttribute("view", view);
		model.addAttribute("trackedApplication", view.application());
		model.addAttribute("texts", statusTexts.current());
		model.addAttribute("statusOptions", statusTexts.options());
		model.addAttribute("lawSource", Sources.LAW_6458);
		model.addAttribute("yimerSource", Sources.YIMER);
		model.addAttribute("documentsMaxDays", Deadline.DOCUMENTS_MAX_DAYS);
		model.addAttribute("extensionWindowDays", Deadline.EXTENSION_WINDOW_DAYS);
		model.addAttribute("noteMax", StatusEntryForm.NOTE_MAX);
		model.addAttribute("calendarFeed", feeds.find(owner, applicationId).orElse(null));
		return VIEW;
	}

}
