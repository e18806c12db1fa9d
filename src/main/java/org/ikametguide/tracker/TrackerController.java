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

	TrackerController(TrackerService tracker, StatusTexts statusTexts) {
		this.tracker = tracker;
		this.statusTexts = statusTexts;
	}

	@GetMapping("/tracker")
	String overview(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("summaries", tracker.overview(principal.getAccountId()));
		model.addAttribute("texts", statusTexts.current());
		return "tracker/overview";
	}

}
