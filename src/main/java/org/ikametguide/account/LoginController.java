package org.ikametguide.account;

import java.util.Map;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
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

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

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

	/** Spring Security's definition: authenticated, and not as the anonymous user. */
	static boolean isSignedIn(Authentication authentication) {
		return TRUST.isAuthenticated(authentication);
	}

}
