package org.ikametguide.tracker;


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
		model.addAttribute("noteMax", StatusEntryForm.NOTE_MAX);
		model.addAttribute("calendarFeed", feeds.find(owner, applicationId).orElse(null));
		// The entries on this page of the timeline are the bar's marks: the page reads no more of them than it shows.
		model.addAttribute("bar", WaitingBar.of(view.waiting(), view.application().getSubmittedOn(),
				view.timeline().getContent()));
		model.addAttribute("timelineWhole", view.timeline().getTotalPages() <= 1);
		if (!model.containsAttribute("pttBarcodeForm")) {
			model.addAttribute("pttBarcodeForm", PttBarcodeForm.of(view.application().getPttBarcode()));
		}
		model.addAttribute("pttBarcodeMin", PttBarcodeForm.MIN);
		model.addAttribute("pttBarcodeMax", PttBarcodeForm.MAX);
		return VIEW;
	}

}
