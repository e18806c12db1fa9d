package org.ikametguide.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security receives the form (POST /login) and handles sign-out (POST /logout). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			@RequestParam(required = false) String logout, Authentication authentication, Model model) {
		if (isSignedIn(authentication) && error == null && locked == null) {
			return "redirect:/tracker";
		}
		if (locked != null) {
			model.addAttribute("loginError", "login.locked");
		}
		else if (error != null) {
			model.addAttribute("loginError", "login.error");
		}
		model.addAttribute("signedOut", logout != null);
		if (!model.containsAttribute("username")) {
			model.addAttribute("username", "");
		}
		return "account/login";
	}

	static boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
