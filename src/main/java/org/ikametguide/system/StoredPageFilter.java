package org.ikametguide.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers storable guide requests from the {@link PageStore}, ahead of sessions, security and MVC: the stored
 * answer is the one the whole chain gave the first such reader, headers included, so it is the same as a fresh one.
 * On a miss the request goes down the chain, and the page {@link PageCacheFilter} rendered is stored with the headers
 * the response ended with.
 */
final class StoredPageFilter extends OncePerRequestFilter {

	private final PageStore store;

	StoredPageFilter(PageStore store) {
		this.store = store;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.store.isStorable(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PageStore.Key key = this.store.key(request);
		PageStore.Page stored = this.store.get(key);
		if (stored != null) {
			stored.replay(request, response);
			return;
		}
		chain.doFilter(request, response);
		if (request.getAttribute(PageStore.RENDERED) instanceof PageStore.Page rendered
				&& response.getStatus() == HttpStatus.OK.value()) {
			this.store.put(key, rendered.withHeadersOf(response));
		}
	}

}
