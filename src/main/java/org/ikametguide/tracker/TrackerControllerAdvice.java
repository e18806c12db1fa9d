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
		StatusEntryController.class, ExportController.class, ImportController.class, PttBarcodeController.class,
		CalendarFeedController.class })
class TrackerControllerAdvice {

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "owner", "ownerId", "accountId", "application", "applicationId", "entryId",
				"createdAt", "updatedAt");
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
	}

	/** The navigation marks "My tracker"; the rules' periods and sources are shown beside the dates they give. */
	@ModelAttribute
	void navigation(Model model) {
		model.addAttribute("page", "tracker");
		model.addAttribute("lawSource", Sources.LAW_6458);
		model.addAttribute("yimerSource", Sources.YIMER);
		model.addAttribute("documentsMaxDays", Deadline.DOCUMENTS_MAX_DAYS);
		model.addAttribute("extensionWindowDays", Deadline.EXTENSION_WINDOW_DAYS);
	}

}
