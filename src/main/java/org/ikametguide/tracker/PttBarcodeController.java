package org.ikametguide.tracker;

import jakarta.validation.Valid;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Keeping the card's PTT shipment barcode on the application page (shown while the card is with PTT). */
@Controller
class PttBarcodeController {

	private final TrackerService tracker;

	private final ApplicationPage page;

	PttBarcodeController(TrackerService tracker, ApplicationPage page) {
		this.tracker = tracker;
		this.page = page;
	}

	@PostMapping("/tracker/applications/{applicationId:\\d+}/ptt-barcode")
	String processBarcodeForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@Valid @ModelAttribute("pttBarcodeForm") PttBarcodeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.showWithErrors(principal.getAccountId(), applicationId, model);
		}
		String barcode = form.toBarcode();
		tracker.setPttBarcode(principal.getAccountId(), applicationId, barcode);
		redirect.addFlashAttribute("flashMessage", (barcode != null) ? "tracker.flash.pttSaved" : "tracker.flash.pttRemoved");
		return "redirect:/tracker/applications/" + applicationId + "#ptt";
	}

}
