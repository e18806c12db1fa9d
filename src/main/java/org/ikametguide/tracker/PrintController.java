package org.ikametguide.tracker;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Records to print for the office or a lawyer: one application with its whole timeline, and the overview. Links are
 * relative (no address is built from the request's headers); the day printed is today in Turkey.
 */
@Controller
class PrintController {

	private final TrackerService tracker;

	private final StatusTexts statusTexts;

	private final TrackerClock clock;

	PrintController(TrackerService tracker, StatusTexts statusTexts, TrackerClock clock) {
		this.tracker = tracker;
		this.statusTexts = statusTexts;
		this.clock = clock;
	}

	@GetMapping("/tracker/applications/{applicationId:\\d+}/print")
	String printApplication(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			Model model) {
		model.addAttribute("record", tracker.record(principal.getAccountId(), applicationId));
		return sheet(model, "tracker/application-print");
	}

	@GetMapping("/tracker/print")
	String printOverview(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("summaries", tracker.overview(principal.getAccountId()));
		return sheet(model, "tracker/overview-print");
	}

	private String sheet(Model model, String view) {
		model.addAttribute("texts", statusTexts.current());
		model.addAttribute("printedOn", clock.today());
		return view;
	}

}
