package org.ikametguide.tracker;

import jakarta.validation.Valid;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a status seen on the portal, and editing or deleting a recorded one. */
@Controller
class StatusEntryController {

	static final String ENTRY_PATH = "/tracker/applications/{applicationId:\\d+}/entries/{entryId:\\d+}";

	private final TrackerService tracker;

	private final ApplicationPage page;

	private final StatusTexts statusTexts;

	StatusEntryController(TrackerService tracker, ApplicationPage page, StatusTexts statusTexts) {
		this.tracker = tracker;
		this.page = page;
		this.statusTexts = statusTexts;
	}

	@PostMapping("/tracker/applications/{applicationId:\\d+}/status")
	String processNewEntry(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@Valid @ModelAttribute("statusEntryForm") StatusEntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long owner = principal.getAccountId();
		if (result.hasErrors()) {
			return page.showWithErrors(owner, applicationId, model);
		}
		long entryId = tracker.addEntry(owner, applicationId, form.toDetails());
		redirect.addFlashAttribute("flashMessage", "tracker.flash.entryAdded");
		return redirectToEntry(owner, applicationId, entryId);
	}

	@GetMapping(ENTRY_PATH + "/edit")
	String initUpdateForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@PathVariable long entryId, Model model) {
		StatusEntry entry = tracker.entry(principal.getAccountId(), applicationId, entryId);
		model.addAttribute("statusEntryForm", StatusEntryForm.of(entry));
		return entryForm(model, entry);
	}

	@PostMapping(ENTRY_PATH + "/edit")
	String processUpdateForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@PathVariable long entryId, @Valid @ModelAttribute("statusEntryForm") StatusEntryForm form,
			BindingResult result, @RequestParam(name = "version") long version, Model model,
			RedirectAttributes redirect) {
		long owner = principal.getAccountId();
		StatusEntry entry = tracker.entry(owner, applicationId, entryId);
		if (result.hasErrors()) {
			return entryForm(model, entry);
		}
		try {
			tracker.updateEntry(owner, applicationId, entryId, version, form.toDetails());
		}
		catch (ConcurrentChangeException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; the next submit, knowingly made, replaces the other change.
			form.setVersion(tracker.entry(owner, applicationId, entryId).getVersion());
			result.reject("tracker.conflict.entry");
			return entryForm(model, entry);
		}
		redirect.addFlashAttribute("flashMessage", "tracker.flash.entryUpdated");
		return redirectToEntry(owner, applicationId, entryId);
	}

	@GetMapping(ENTRY_PATH + "/delete")
	String initDeleteForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@PathVariable long entryId, Model model) {
		return deleteForm(tracker.entry(principal.getAccountId(), applicationId, entryId), model, false);
	}

	@PostMapping(ENTRY_PATH + "/delete")
	String processDeleteForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@PathVariable long entryId, @RequestParam(name = "version") long version,
			Model model, RedirectAttributes redirect) {
		long owner = principal.getAccountId();
		try {
			tracker.deleteEntry(owner, applicationId, entryId, version);
		}
		catch (ConcurrentChangeException | OptimisticLockingFailureException ex) {
			return deleteForm(tracker.entry(owner, applicationId, entryId), model, true);
		}
		redirect.addFlashAttribute("flashMessage", "tracker.flash.entryDeleted");
		return "redirect:/tracker/applications/" + applicationId;
	}

	/** Back to the application, at the entry: on the timeline's page that shows it (an earlier date sorts it later). */
	private String redirectToEntry(long owner, long applicationId, long entryId) {
		int page = tracker.timelinePageOf(owner, applicationId, entryId);
		return "redirect:/tracker/applications/" + applicationId + ((page > 1) ? "?page=" + page : "") + "#entry-"
				+ entryId;
	}

	private String entryForm(Model model, StatusEntry entry) {
		model.addAttribute("entry", entry);
		model.addAttribute("trackedApplication", entry.getApplication());
		model.addAttribute("statusOptions", statusTexts.options());
		model.addAttribute("documentsMaxDays", Deadline.DOCUMENTS_MAX_DAYS);
		model.addAttribute("noteMax", StatusEntryForm.NOTE_MAX);
		return "tracker/entry-form";
	}

	private String deleteForm(StatusEntry entry, Model model, boolean conflict) {
		model.addAttribute("entry", entry);
		model.addAttribute("trackedApplication", entry.getApplication());
		model.addAttribute("texts", statusTexts.current());
		model.addAttribute("conflict", conflict);
		return "tracker/entry-delete";
	}

}
