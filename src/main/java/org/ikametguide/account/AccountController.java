package org.ikametguide.account;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ikametguide.account.AccountService.PasswordCheck;

/** The account page: who you are signed in as, changing the password, deleting the account with all its data. */
@Controller
class AccountController {

	static final String VIEW = "account/account";

	private final AccountService accounts;

	private final AccountSignIn signIn;

	private final AccountSessions sessions;

	AccountController(AccountService accounts, AccountSignIn signIn, AccountSessions sessions) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.sessions = sessions;
	}

	@InitBinder("passwordChangeForm")
	void initPasswordBinder(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "newPasswordConfirmation");
	}

	@InitBinder("accountDeletionForm")
	void initDeletionBinder(WebDataBinder binder) {
		binder.setAllowedFields("deletionPassword");
	}

	/** The new password must not be the username, so the form knows whose it is (it is not sent, nor bound). */
	@ModelAttribute("passwordChangeForm")
	PasswordChangeForm passwordChangeForm(@AuthenticationPrincipal AccountPrincipal principal) {
		return new PasswordChangeForm((principal != null) ? principal.getUsername() : null);
	}

	@GetMapping("/account")
	String showAccount(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		return render(account(principal), model);
	}

	@PostMapping("/account/password")
	String processPasswordChangeForm(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid PasswordChangeForm passwordChangeForm, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		UserAccount account = account(principal);
		if (!result.hasErrors()) {
			PasswordCheck check = accounts.changePassword(account, passwordChangeForm.getCurrentPassword(),
					passwordChangeForm.getNewPassword());
			if (check == PasswordCheck.RIGHT) {
				// The old password opened every other session: they end. This one goes on under a new id.
				sessions.endSessions(principal, request.getSession().getId());
				request.changeSessionId();
				redirect.addFlashAttribute("flashMessage", "account.password.changed");
				return "redirect:/account";
			}
			result.rejectValue("currentPassword", refusal(check, "account.password.current.wrong"));
		}
		return render(account, model);
	}

	@PostMapping("/account/delete")
	String processDeletionForm(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid AccountDeletionForm accountDeletionForm, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UserAccount account = account(principal);
		if (!result.hasErrors()) {
			PasswordCheck check = accounts.delete(account, accountDeletionForm.getDeletionPassword());
			if (check == PasswordCheck.RIGHT) {
				sessions.endSessions(principal, null);
				signIn.signOut(request, response);
				redirect.addFlashAttribute("flashMessage", "account.deleted");
				return "redirect:/";
			}
			result.rejectValue("deletionPassword", refusal(check, "account.delete.password.wrong"));
		}
		return render(account, model);
	}

	/** Why a password was refused: it was wrong, or the account is locked after too many wrong ones. */
	private static String refusal(PasswordCheck check, String wrongCode) {
		return (check == PasswordCheck.LOCKED) ? "account.locked" : wrongCode;
	}

	private String render(UserAccount account, Model model) {
		model.addAttribute("account", new AccountView(account.getUsername(),
				account.getCreatedAt().atOffset(ZoneOffset.UTC).toLocalDate()));
		if (!model.containsAttribute("accountDeletionForm")) {
			model.addAttribute("accountDeletionForm", new AccountDeletionForm());
		}
		return VIEW;
	}

	/** The signed-in account, which may have been deleted in another session since this one signed in. */
	private UserAccount account(AccountPrincipal principal) {
		return accounts.find(principal.getAccountId()).orElseThrow(AccountGoneException::new);
	}

	/** The account was deleted in another session: this one is signed out too. */
	@ExceptionHandler(AccountGoneException.class)
	String goneAway(HttpServletRequest request, HttpServletResponse response) {
		signIn.signOut(request, response);
		return "redirect:/login";
	}

	/** What the account page shows about the account. */
	record AccountView(String username, LocalDate createdOn) {
	}

	/** The signed-in account no longer exists (see {@link #goneAway}): an answer, not a fault, so no stack trace. */
	static final class AccountGoneException extends RuntimeException {

		AccountGoneException() {
			super("Account deleted elsewhere", null, false, false);
		}

	}

}
