package org.ikametguide.system;

import java.util.Collection;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages that are the same for every anonymous reader of a language (the guide's, listed by the guide package):
 * shared caches may keep them, and {@link PageCache} keeps them too. Matches a GET of one of them by its raw path:
 * it runs on every request, and an address written differently ({@code /./faq}, {@code /faq;x}) is only not shared
 * (and Spring Security's firewall refuses it further down).
 */
public final class SharedPages implements RequestMatcher {

	private final Set<String> paths;

	public SharedPages(Collection<String> paths) {
		this.paths = Set.copyOf(paths);
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return "GET".equals(request.getMethod())
				&& this.paths.contains(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
