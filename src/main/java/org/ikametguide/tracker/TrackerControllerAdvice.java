package org.ikametguide.tracker;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every tracker controller shares: ids and owners are never bound from a request (they come from the URL, checked
 * against the login), blank text fields become null, and the navigation marks "My tracker" as the current page.
 */
@ControllerAdvice(assignableTypes = { TrackerController.class, ApplicationController.class,
		StatusEntryController.class, ExportController.class, ImportController.class, PrintController.class,
		PttBarcodeController.class })
class TrackerControllerAdvice {

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "owner", "ownerId", "accountId", "application", "applicationId", "entryId",
				"createdAt", "updatedAt", "dueDateSuggested");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	@ModelAttribute
	void navigation(Model model) {
		model.addAttribute("page", "tracker");
	}

}
