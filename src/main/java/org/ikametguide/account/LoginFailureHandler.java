package org.ikametguide.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in page after a failure, with the username kept in the box. Two messages only: "wrong username
 * or password" and "too many attempts"; neither says whether the username exists.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	/** The DispatcherServlet's own flash storage; this runs in the filter chain, before the DispatcherServlet. */
	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		String username = request.getParameter("username");
		if (username != null) {
			flash.put("username", truncate(username.strip(), NewUsername.MAX * 2));
		}
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		flashMaps.saveOutputFlashMap(flash, request, response);
		String outcome = (exception instanceof LoginThrottledException) ? "locked" : "error";
		response.sendRedirect(request.getContextPath() + "/login?" + outcome);
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

}
