package org.ikametguide.system;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * Answers storable guide requests from the {@link PageStore}, ahead of sessions, security and MVC: the stored
 * answer is the one the whole chain gave the first such reader, headers included, so it is the same as a fresh one.
 * On a miss the request goes down the chain, and the page {@link PageCacheFilter} rendered is stored with the headers
 * the response ended with.
 * <p>
 * A plain filter, registered for the REQUEST dispatch only (WebConfiguration): it runs once per request by
 * registration, without the "already filtered" request attribute that a OncePerRequestFilter looks up on every
 * request (and sets and removes around each one it filters).
 */
final class StoredPageFilter implements Filter {

	private final PageStore store;

	StoredPageFilter(PageStore store) {
		this.store = store;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		if (!(req instanceof HttpServletRequest request && res instanceof HttpServletResponse response)
				|| !this.store.isStorable(request)) {
			chain.doFilter(req, res);
			return;
		}
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
