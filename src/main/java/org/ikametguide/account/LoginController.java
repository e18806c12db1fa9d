package org.ikametguide.account;

import java.util.Map;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security receives the form (POST /login) and handles sign-out (POST /logout); they come
 * back here as /login?error, /login?locked or /login?logout (flags without values, hence the look at the keys).
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam Map<String, String> flags, Authentication authentication, Model model) {
		boolean failed = flags.containsKey("error") || flags.containsKey("locked");
		if (isSignedIn(authentication) && !failed) {
			return "redirect:/tracker";
		}
		if (flags.containsKey("locked")) {
			model.addAttribute("loginError", "login.locked");
		}
		else if (flags.containsKey("error")) {
			model.addAttribute("loginError", "login.error");
		}
		model.addAttribute("signedOut", flags.containsKey("logout"));
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
