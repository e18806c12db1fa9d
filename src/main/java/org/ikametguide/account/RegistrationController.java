package org.ikametguide.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;

/** Creating an account: the form, then straight into the tracker, signed in. */
@Controller
class RegistrationController {

	static final String VIEW = "account/register";

	private final AccountService accounts;

	private final AccountSignIn signIn;

	RegistrationController(AccountService accounts, AccountSignIn signIn) {
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@InitBinder("registrationForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("username", "password", "passwordConfirmation");
	}

	@GetMapping("/register")
	String initRegistrationForm(Authentication authentication, Model model) {
		if (LoginController.isSignedIn(authentication)) {
			return "redirect:/tracker";
		}
		model.addAttribute("registrationForm", new RegistrationForm());
		return VIEW;
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid RegistrationForm registrationForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return VIEW;
		}
		AccountService.RegistrationResult registration = accounts.register(registrationForm.getUsername(),
				registrationForm.getPassword(), request.getRemoteAddr());
		switch (registration.outcome()) {
			case LIMITED -> {
				result.reject("register.limited");
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				return VIEW;
			}
			case USERNAME_TAKEN -> {
				result.rejectValue("username", "register.username.taken");
				return VIEW;
			}
			default -> {
				signIn.signIn(registration.account(), request, response);
				return "redirect:/tracker";
			}
		}
	}

}
