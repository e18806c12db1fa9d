package org.ikametguide.tracker;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview of the user's applications: current status, waiting time, next deadline, last update. */
@Controller
class TrackerController {

	private final TrackerService tracker;

	private final StatusTexts statusTexts;

	private final CalendarFeeds feeds;

	TrackerController(TrackerService tracker, StatusTexts statusTexts, CalendarFeeds feeds) {
		this.tracker = tracker;
		this.statusTexts = statusTexts;
		this.feeds = feeds;
	}

	@GetMapping("/tracker")
	String overview(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("summaries", tracker.overview(principal.getAccountId()));
		model.addAttribute("texts", statusTexts.current());
		model.addAttribute("calendarFeed", feeds.find(principal.getAccountId(), null).orElse(null));
		return "tracker/overview";
	}

}
