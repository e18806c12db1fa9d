package org.ikametguide.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be read (a broken %-escape, a form field or upload over the size limits, a
 * multipart body that is damaged or has no boundary) gets the site's own error page: 413 when it is too large, else
 * 400. The container remembers such a failure and throws it again at every later look at a parameter, and its message
 * quotes the parameter's value: so the parameters are read here, first, once; on failure the error page is rendered
 * from a request that has none, and one log line says what happened without quoting anything sent.
 * <p>
 * It runs in Spring Security's chain right after the headers are set (so the error page carries them) and before the
 * CSRF check, the first to read a parameter.
 */
class UnreadableRequestFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(UnreadableRequestFilter.class);

	private static final String FAILED = UnreadableRequestFilter.class.getName() + ".FAILED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(FAILED) != null) {
			// The error dispatch of a request refused below.
			chain.doFilter(new WithoutParameters(request), response);
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			HttpStatus status = statusFor(ex);
			logger.info("Refused a request whose parameters could not be read: " + status.value() + " "
					+ status.getReasonPhrase());
			request.setAttribute(FAILED, status);
			response.sendError(status.value());
			return;
		}
		chain.doFilter(request, response);
	}

	/** The error page is rendered for the same request: it must see no parameters either. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	private static HttpStatus statusFor(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid
					&& invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
				return HttpStatus.CONTENT_TOO_LARGE;
			}
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| cause.getClass().getSimpleName().contains("SizeException")) {
				return HttpStatus.CONTENT_TOO_LARGE;
			}
		}
		return HttpStatus.BAD_REQUEST;
	}

	/** The request as the error page sees it: no parameters, no body to parse. */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

	}

}
