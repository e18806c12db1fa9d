package org.ikametguide.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

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
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GETs and a rendered-page store for the guide's pages.
 * <p>
 * Guide content only changes with a deployment, so for an anonymous reader a guide page without parameters depends only
 * on its address (scheme, host, port and path: each page links to itself in every language) and the reader's language
 * (cookie or Accept-Language). The first such response is kept, with its gzip form made once, and later readers get
 * the same bytes without rendering or compressing again. Every guide response carries a weak ETag, a hash of its bytes (so every instance of one build
 * agrees), and is answered with 304 when the reader already has it.
 * <p>
 * Not kept: answers to a reader with a session or a login (their page may be theirs: {@link CachePolicy#PERSONAL}),
 * answers that set a cookie, anything but a 200 HTML page, and addresses with parameters (searches, {@code ?lang=}:
 * endless, and rendered on demand). The store is bounded; when full it is emptied and fills again. Runs after Spring Security, so its rules and headers apply to every answer.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	/** Room for every page in every language many times over (one is about 40 KB with its gzip form). */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	private final LocaleResolver localeResolver;

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	private final AtomicLong storedBytes = new AtomicLong();

	PageCacheFilter(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	private record Key(String scheme, String host, int port, String uri, String language) {

		long size() {
			return 64L + this.host.length() + this.uri.length();
		}

	}

	private record Page(String contentType, byte[] body, byte[] gzipped, String etag) {

		static Page of(String contentType, byte[] body, boolean compress) {
			String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
			return new Page(contentType, body, compress ? gzip(body) : null, etag);
		}

		long size() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !CachePolicy.GUIDE_PAGES.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean anonymous = isAnonymous(request);
		Key key = (anonymous && request.getParameterMap().isEmpty()) ? key(request) : null;
		Page page = (key != null) ? this.pages.get(key) : null;
		boolean shared = true;
		if (page == null) {
			ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, buffered);
			if (buffered.getStatus() != HttpStatus.OK.value() || !isHtml(buffered.getContentType())) {
				if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				}
				buffered.copyBodyToResponse();
				return;
			}
			shared = anonymous && request.getSession(false) == null
					&& !response.containsHeader(HttpHeaders.SET_COOKIE);
			boolean keep = shared && key != null;
			page = Page.of(buffered.getContentType(), buffered.getContentAsByteArray(), keep);
			if (keep) {
				store(key, page);
			}
		}
		respond(request, response, page, shared ? CachePolicy.SHARED : CachePolicy.PERSONAL);
	}

	private void respond(HttpServletRequest request, HttpServletResponse response, Page page, String cacheControl)
			throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.VARY, VARY);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		byte[] body = page.body();
		if (page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentType(page.contentType());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean isAnonymous(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || TRUST.isAnonymous(authentication)) && request.getSession(false) == null;
	}

	private Key key(HttpServletRequest request) {
		return new Key(request.getScheme(), request.getServerName(), request.getServerPort(), request.getRequestURI(),
				this.localeResolver.resolveLocale(request).getLanguage());
	}

	/** Bounded by emptying when full: simple, and an attacker varying the address only costs renders, not memory. */
	private void store(Key key, Page page) {
		long size = key.size() + page.size();
		if (this.storedBytes.addAndGet(size) > MAX_BYTES) {
			this.pages.clear();
			this.storedBytes.set(size);
		}
		if (this.pages.putIfAbsent(key, page) != null) {
			this.storedBytes.addAndGet(-size);
		}
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && contentType.startsWith("text/html");
	}

	/** Weak comparison (RFC 9110, 13.1.2): W/ prefixes are ignored. */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = stripWeak(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || stripWeak(tag).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	private static String stripWeak(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	/** True unless gzip is absent or refused with q=0. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip();
					if (parameter.startsWith("q=") && isZero(parameter.substring(2).strip())) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

	private static boolean isZero(String quality) {
		try {
			return Double.parseDouble(quality) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("gzip to memory failed", ex);
		}
		return out.toByteArray();
	}

}
