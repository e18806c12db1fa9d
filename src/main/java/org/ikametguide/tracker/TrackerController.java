package org.ikametguide.tracker;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The overview of the user's applications (current status, waiting time, next deadline, last update), and the records
 * to print for the office or a lawyer: the overview, and one application with its whole timeline. Printed links are
 * relative (no address is built from the request's headers); the day printed is today in Turkey.
 */
@Controller
class TrackerController {

	private final TrackerService tracker;

	private final StatusTexts statusTexts;

	private final CalendarFeeds feeds;

	private final TrackerClock clock;

	TrackerController(TrackerService tracker, StatusTexts statusTexts, CalendarFeeds feeds, TrackerClock clock) {
		this.tracker = tracker;
		this.statusTexts = statusTexts;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping("/tracker")
	String overview(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("summaries", tracker.overview(principal.getAccountId()));
		model.addAttribute("texts", statusTexts.current());
		model.addAttribute("calendarFeed", feeds.find(principal.getAccountId(), null).orElse(null));
		return "tracker/overview";
	}

	@GetMapping("/tracker/print")
	String printOverview(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("summaries", tracker.overview(principal.getAccountId()));
		return sheet(model, "tracker/overview-print");
	}

	@GetMapping("/tracker/applications/{applicationId:\\d+}/print")
	String printApplication(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			Model model) {
		model.addAttribute("record", tracker.record(principal.getAccountId(), applicationId));
		return sheet(model, "tracker/application-print");
	}

	private String sheet(Model model, String view) {
		model.addAttribute("texts", statusTexts.current());
		model.addAttribute("printedOn", clock.today());
		return view;
	}

}
