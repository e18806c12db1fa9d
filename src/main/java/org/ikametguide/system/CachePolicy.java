package org.ikametguide.system;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may keep a copy of which response. The guide is the same for every anonymous reader of a language, so shared
 * caches may keep it for a short while; a person's own pages (tracker, account) are never stored anywhere; everything
 * else keeps Spring Security's {@code no-cache, no-store}, except fingerprinted assets, cached for a year.
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
			"/checklist/print", "/verification", "/faq", "/search");

	static final RequestMatcher GUIDE_PAGES = new OrRequestMatcher(GUIDE_PATHS.stream()
		.map((path) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
		.toList());

	static final RequestMatcher PRIVATE_PAGES = new OrRequestMatcher(
			List.of("/tracker/**", "/account/**", "/login", "/register", "/logout")
				.stream()
				.map((path) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
				.toList());

	private CachePolicy() {
	}

}
