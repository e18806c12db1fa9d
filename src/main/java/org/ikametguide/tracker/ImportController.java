package org.ikametguide.tracker;

import java.io.IOException;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Restores a JSON export (a backup, or data moved from another server) into the user's tracker. */
@Controller
class ImportController {

	static final String VIEW = "tracker/import";

	private final TrackerBackup backup;

	private final MessageSource messages;

	ImportController(TrackerBackup backup, MessageSource messages) {
		this.backup = backup;
		this.messages = messages;
	}

	@GetMapping("/tracker/import")
	String initImportForm() {
		return VIEW;
	}

	@PostMapping("/tracker/import")
	String processImportForm(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "tracker.import.error.noFile");
			return VIEW;
		}
		try {
			ImportResult result = backup.importFile(principal.getAccountId(), file.getInputStream());
			redirect.addFlashAttribute("importResult", result);
			return "redirect:/tracker/import";
		}
		catch (ImportException ex) {
			model.addAttribute("importError", ex.getReason());
			model.addAttribute("importProblems", ex.getProblems()
				.stream()
				.map((problem) -> messages.getMessage(problem, LocaleContextHolder.getLocale()))
				.toList());
			return VIEW;
		}
	}

}
