package org.ikametguide.tracker;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the application page; shared by the page itself and by the page's two forms (a status seen, the
 * PTT barcode), which show the page again, with what the user typed and what is wrong with it, when it is not valid.
 */
@Component
class ApplicationPage {

	static final String VIEW = "tracker/application";

	private final TrackerService tracker;

	private final StatusTexts statusTexts;

	private final CalendarFeeds feeds;

	private final TrackerClock clock;

	ApplicationPage(TrackerService tracker, StatusTexts statusTexts, CalendarFeeds feeds, TrackerClock clock) {
		this.tracker = tracker;
		this.statusTexts = statusTexts;
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * The page again after one of its forms was posted with errors: the form in the model keeps what the user typed
	 * and its errors, the other form starts afresh, the timeline shows its first page.
	 */
	String showWithErrors(long owner, long applicationId, Model model) {
		return show(owner, applicationId, 1, model);
	}

	/** {@code pageNumber} counts from 1, as shown to the reader. Forms already in the model are kept. */
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
		if (!model.containsAttribute("statusEntryForm")) {
			model.addAttribute("statusEntryForm", StatusEntryForm.startingOn(clock.today()));
		}
		if (!model.containsAttribute("pttBarcodeForm")) {
			model.addAttribute("pttBarcodeForm", PttBarcodeForm.of(view.application().getPttBarcode()));
		}
		model.addAttribute("pttBarcodeMin", PttBarcodeForm.MIN);
		model.addAttribute("pttBarcodeMax", PttBarcodeForm.MAX);
		return VIEW;
	}

}
