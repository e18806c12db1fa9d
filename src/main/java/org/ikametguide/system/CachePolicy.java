package org.ikametguide.system;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may keep a copy of which response. The guide is the same for every anonymous reader of a language, so shared
 * caches may keep it for a short while; a person's own pages (tracker, account) are never stored anywhere; everything
 * else keeps Spring Security's {@code no-cache, no-store}, except fingerprinted assets, cached for a year.
 * <p>
 * The matchers compare the raw path (Spring Security's firewall has already refused unnormalised ones): they run on
 * every request, and an address written differently only falls back to no-store.
 */
final class CachePolicy {

	/** Guide pages for anonymous readers: any cache, five minutes, then revalidate with the ETag. */
	static final String SHARED = "public, max-age=300";

	/** Guide pages for someone with a session (their page may show their name): only their browser, revalidated. */
	static final String PERSONAL = "private, no-cache";

	/** A person's own data. */
	static final String PRIVATE = "private, no-store";

	/** The guide's pages, as mapped by GuideController and SearchController (a test keeps the two in step). */
	static final List<String> GUIDE_PATHS = List.of("/", "/steps", "/methods", "/mistakes", "/checklist",
			"/checklist/print", "/verification", "/faq", "/waiting", "/search");

	private static final Set<String> GUIDE_PATH_SET = Set.copyOf(GUIDE_PATHS);

	/** A person's pages, and their calendar subscriptions: these and everything below them. */
	static final List<String> PRIVATE_PATHS = List.of("/tracker", "/account", "/login", "/register", "/logout",
			"/feed");

	/** GET of a guide page. */
	static final RequestMatcher GUIDE_PAGES = (request) -> "GET".equals(request.getMethod())
			&& GUIDE_PATH_SET.contains(path(request));

	static final RequestMatcher PRIVATE_PAGES = (request) -> {
		String path = path(request);
		for (String prefix : PRIVATE_PATHS) {
			if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
				return true;
			}
		}
		return false;
	};

	private CachePolicy() {
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
