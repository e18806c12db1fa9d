package org.ikametguide.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The guide pages sent to anonymous readers, kept as sent: body, its gzip form (made once) and every header.
 * <p>
 * Guide content only changes with a deployment, so for an anonymous reader a guide page without parameters depends
 * only on its address (scheme, host, port and path: each page links to itself in every language) and the reader's
 * language (cookie or Accept-Language). Such a request is "storable": no parameters, no cookie but the language one,
 * no credentials. {@link PageCacheFilter} renders it once and hands the page over; {@link StoredPageFilter} keeps it
 * with the headers the whole chain wrote (Spring Security's included) and answers the next reader from here.
 * <p>
 * Bounded: when full it is emptied and fills again, so addresses varied on purpose (the Host header) cost renders,
 * never memory.
 */
final class PageStore {

	/** Room for every page in every language many times over (one is about 40 KB with its gzip form). */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	/** The request attribute through which PageCacheFilter hands a rendered, storable page over. */
	static final String RENDERED = PageStore.class.getName() + ".RENDERED";

	/** Headers not kept: they belong to one response, or are chosen per request when answering. */
	private static final Set<String> NOT_KEPT = Set.of("date", "content-length", "content-type", "content-encoding",
			"transfer-encoding", "connection", "keep-alive", "set-cookie");

	private final LocaleResolver localeResolver;

	private final String languageCookie;

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	private final AtomicLong storedBytes = new AtomicLong();

	PageStore(LocaleResolver localeResolver, String languageCookie) {
		this.localeResolver = localeResolver;
		this.languageCookie = languageCookie;
	}

	record Key(String scheme, String host, int port, String uri, String language) {

		long size() {
			return 64L + this.host.length() + this.uri.length();
		}

	}

	record Header(String name, String value) {
	}

	/** A page as rendered: its bytes, gzip form, weak ETag; and, once stored, the headers it was sent with. */
	record Page(String contentType, byte[] body, byte[] gzipped, String etag, List<Header> headers) {

		static Page rendered(String contentType, byte[] body, boolean compress) {
			String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
			return new Page(contentType, body, compress ? gzip(body) : null, etag, List.of());
		}

		Page withHeadersOf(HttpServletResponse response) {
			List<Header> kept = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_KEPT.contains(name.toLowerCase())) {
					response.getHeaders(name).forEach((value) -> kept.add(new Header(name, value)));
				}
			}
			return new Page(this.contentType, this.body, this.gzipped, this.etag, List.copyOf(kept));
		}

		long size() {
			long size = this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0);
			for (Header header : this.headers) {
				size += header.name().length() + header.value().length();
			}
			return size;
		}

		/** The page itself, gzipped when the reader takes it, or 304 when they have it already. */
		void writeBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (etagMatches(request.getHeader(HttpHeaders.IF_NONE_MATCH), this.etag)) {
				response.setStatus(HttpStatus.NOT_MODIFIED.value());
				return;
			}
			byte[] bytes = this.body;
			if (this.gzipped != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				bytes = this.gzipped;
			}
			response.setContentType(this.contentType);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}

		/** As stored: every kept header, then the body. */
		void replay(HttpServletRequest request, HttpServletResponse response) throws IOException {
			for (Header header : this.headers) {
				response.addHeader(header.name(), header.value());
			}
			writeBody(request, response);
		}

	}

	/** GET of a guide page without parameters, from a reader without session, login or cookie but the language. */
	boolean isStorable(HttpServletRequest request) {
		if (!CachePolicy.GUIDE_PAGES.matches(request) || request.getQueryString() != null
				|| !request.getParameterMap().isEmpty() || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		// A session or a login (whatever carries it) makes the page possibly personal: never stored, never replayed.
		if (request.getSession(false) != null || request.getUserPrincipal() != null) {
			return false;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!this.languageCookie.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	Key key(HttpServletRequest request) {
		return new Key(request.getScheme(), request.getServerName(), request.getServerPort(), request.getRequestURI(),
				this.localeResolver.resolveLocale(request).getLanguage());
	}

	Page get(Key key) {
		return this.pages.get(key);
	}

	void put(Key key, Page page) {
		long size = key.size() + page.size();
		if (this.storedBytes.addAndGet(size) > MAX_BYTES) {
			this.pages.clear();
			this.storedBytes.set(size);
		}
		if (this.pages.putIfAbsent(key, page) != null) {
			this.storedBytes.addAndGet(-size);
		}
	}

	/** Weak comparison (RFC 9110, 13.1.2): W/ prefixes are ignored. */
	static boolean etagMatches(String ifNoneMatch, String etag) {
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
