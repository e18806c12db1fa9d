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

/** Creating, showing, editing and deleting an application (post/redirect/get throughout). */
@Controller
class ApplicationController {

	static final String FORM_VIEW = "tracker/application-form";

	private final TrackerService tracker;

	private final ApplicationPage page;

	private final TrackerClock clock;

	ApplicationController(TrackerService tracker, ApplicationPage page, TrackerClock clock) {
		this.tracker = tracker;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping("/tracker/applications/new")
	String initCreationForm(Model model) {
		model.addAttribute("applicationForm", new ApplicationForm());
		return creationForm(model);
	}

	@PostMapping({ "/tracker/applications/new", "/tracker/applications" })
	String processCreationForm(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return creationForm(model);
		}
		try {
			long id = tracker.create(principal.getAccountId(), form.toDetails());
			redirect.addFlashAttribute("flashMessage", "tracker.flash.created");
			return "redirect:/tracker/applications/" + id;
		}
		catch (DuplicateApplicationNumberException ex) {
			rejectDuplicate(principal.getAccountId(), form, result, model);
			return creationForm(model);
		}
	}

	@GetMapping("/tracker/applications/{applicationId:\\d+}")
	String show(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@RequestParam(name = "page", defaultValue = "1") int pageNumber, Model model) {
		return page.show(principal.getAccountId(), applicationId, pageNumber, model);
	}

	@GetMapping("/tracker/applications/{applicationId:\\d+}/edit")
	String initUpdateForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			Model model) {
		TrackedApplication application = tracker.application(principal.getAccountId(), applicationId);
		model.addAttribute("applicationForm", ApplicationForm.of(application));
		return updateForm(model, application);
	}

	@PostMapping("/tracker/applications/{applicationId:\\d+}/edit")
	String processUpdateForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			@RequestParam(name = "version") long version, Model model, RedirectAttributes redirect) {
		long owner = principal.getAccountId();
		TrackedApplication application = tracker.application(owner, applicationId);
		if (result.hasErrors()) {
			return updateForm(model, application);
		}
		try {
			tracker.update(owner, applicationId, version, form.toDetails());
		}
		catch (DuplicateApplicationNumberException ex) {
			rejectDuplicate(owner, form, result, model);
			return updateForm(model, application);
		}
		catch (ConcurrentChangeException | OptimisticLockingFailureException ex) {
			// Keep what the user typed; the next submit, knowingly made, replaces the other change.
			form.setVersion(tracker.application(owner, applicationId).getVersion());
			result.reject("tracker.conflict.application");
			return updateForm(model, application);
		}
		redirect.addFlashAttribute("flashMessage", "tracker.flash.updated");
		return "redirect:/tracker/applications/" + applicationId;
	}

	@GetMapping("/tracker/applications/{applicationId:\\d+}/delete")
	String initDeleteForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			Model model) {
		return deleteForm(principal.getAccountId(), applicationId, model, false);
	}

	@PostMapping("/tracker/applications/{applicationId:\\d+}/delete")
	String processDeleteForm(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			@RequestParam(name = "version") long version, Model model,
			RedirectAttributes redirect) {
		try {
			tracker.delete(principal.getAccountId(), applicationId, version);
		}
		catch (ConcurrentChangeException | OptimisticLockingFailureException ex) {
			return deleteForm(principal.getAccountId(), applicationId, model, true);
		}
		redirect.addFlashAttribute("flashMessage", "tracker.flash.deleted");
		return "redirect:/tracker";
	}

	private String deleteForm(long owner, long applicationId, Model model, boolean conflict) {
		TrackedApplication application = tracker.application(owner, applicationId);
		model.addAttribute("trackedApplication", application);
		model.addAttribute("entryCount", application.getEntryCount());
		model.addAttribute("conflict", conflict);
		return "tracker/application-delete";
	}

	private static String creationForm(Model model) {
		model.addAttribute("permitTypes", PermitType.values());
		model.addAttribute("kinds", ApplicationKind.values());
		model.addAttribute("extensionWindowDays", Deadline.EXTENSION_WINDOW_DAYS);
		model.addAttribute("editing", false);
		return FORM_VIEW;
	}

	private static String updateForm(Model model, TrackedApplication application) {
		creationForm(model);
		model.addAttribute("editing", true);
		model.addAttribute("trackedApplication", application);
		return FORM_VIEW;
	}

	private void rejectDuplicate(long owner, ApplicationForm form, BindingResult result, Model model) {
		result.rejectValue("applicationNumber", "tracker.application.applicationNumber.duplicate");
		model.addAttribute("duplicateId", tracker.applicationIdByNumber(owner, form.getApplicationNumber()).orElse(null));
	}

}
