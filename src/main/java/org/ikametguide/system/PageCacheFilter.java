package org.ikametguide.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GETs for the guide's pages, after Spring Security. Every guide page is sent with a weak ETag, a hash
 * of its bytes (so every instance of one build agrees), and answered with 304 when the reader already has it.
 * <p>
 * Anonymous readers without a session get {@link CachePolicy#SHARED}, and their page goes to the {@link PageStore}
 * when the request is storable. Anyone with a session or a login, or an answer that sets a cookie ({@code ?lang=}),
 * gets {@link CachePolicy#PERSONAL}: the page may be theirs. Anything but a 200 HTML page passes untouched.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	private final PageStore store;

	PageCacheFilter(PageStore store) {
		this.store = store;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CachePolicy.GUIDE_PAGES.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean anonymous = isAnonymous(request);
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (buffered.getStatus() != HttpStatus.OK.value() || !isHtml(buffered.getContentType())) {
			if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			buffered.copyBodyToResponse();
			return;
		}
		// A session cookie, even for a session that has ended, means a browser that has been personal: no shared copy.
		boolean shared = anonymous && request.getSession(false) == null && request.getRequestedSessionId() == null
				&& !response.containsHeader(HttpHeaders.SET_COOKIE);
		boolean storable = shared && this.store.isStorable(request);
		PageStore.Page page = PageStore.Page.rendered(buffered.getContentType(), buffered.getContentAsByteArray(),
				storable);
		if (storable) {
			request.setAttribute(PageStore.RENDERED, page);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, shared ? CachePolicy.SHARED : CachePolicy.PERSONAL);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.VARY, VARY);
		page.writeBody(request, response);
	}

	private static boolean isAnonymous(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || TRUST.isAnonymous(authentication)) && request.getSession(false) == null;
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && contentType.startsWith("text/html");
	}

}
