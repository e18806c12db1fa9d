package org.ikametguide.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.parser.AcceptEncoding;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The guide's pages ({@link SharedPages}): an ETag and a Cache-Control on each, and the anonymous readers' ones kept
 * in memory, ahead of sessions, Spring Security and MVC.
 * <p>
 * A request is <em>shareable</em> when it carries no credentials and no cookie but the language one: no session
 * cookie, hence no session and no login (signing in needs a session). If its answer is a 200 HTML page that opens
 * no session and sets no cookie ({@code ?lang=} sets one), it is shared ({@value #SHARED}); any other guide page (a
 * session, a login, a cookie set) is for that browser only ({@value #PERSONAL}). Without parameters a shared page
 * depends only on its address (scheme, host, port and path: each page links to itself in every language) and its
 * language (cookie or Accept-Language): it is kept, with every header the chain wrote and its gzip form (made once),
 * and the next such reader is answered from here.
 * <p>
 * Bounded by weight (Caffeine): addresses varied on purpose (the Host header) cost renders, never memory.
 */
final class PageCache implements Filter {

	static final String SHARED = "public, max-age=300";

	static final String PERSONAL = "private, no-cache";

	/** Room for every page in every language many times over (one is about 40 KB with its gzip form). */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	private static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	/** Headers not kept: they belong to one response, or are chosen per request when answering. */
	private static final Set<String> NOT_KEPT = Set.of("date", "content-length", "content-type", "content-encoding",
			"transfer-encoding", "connection", "keep-alive", "set-cookie");

	private final SharedPages pages;

	private final LocaleResolver localeResolver;

	private final String languageCookie;

	private final Cache<Key, Page> kept = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, Page page) -> 64 + key.host().length() + key.path().length() + page.weight())
		.executor(Runnable::run)
		.build();

	PageCache(SharedPages pages, LocaleResolver localeResolver, String languageCookie) {
		this.pages = pages;
		this.localeResolver = localeResolver;
		this.languageCookie = languageCookie;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		if (!(req instanceof HttpServletRequest request && res instanceof HttpServletResponse response
				&& this.pages.matches(request))) {
			chain.doFilter(req, res);
			return;
		}
		boolean shareable = isShareable(request);
		Key key = (shareable && request.getQueryString() == null && request.getParameterMap().isEmpty())
				? key(request) : null;
		Page page = (key != null) ? this.kept.getIfPresent(key) : null;
		if (page != null) {
			page.send(request, response);
			return;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, buffered);
		if (buffered.getStatus() != HttpStatus.OK.value() || !isHtml(buffered.getContentType())) {
			if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			buffered.copyBodyToResponse();
			return;
		}
		boolean shared = shareable && request.getSession(false) == null
				&& !response.containsHeader(HttpHeaders.SET_COOKIE);
		boolean keep = shared && key != null;
		page = Page.rendered(buffered.getContentType(), buffered.getContentAsByteArray(), keep);
		response.setHeader(HttpHeaders.CACHE_CONTROL, shared ? SHARED : PERSONAL);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.VARY, VARY);
		if (keep) {
			this.kept.put(key, page.withHeadersOf(response));
		}
		page.send(request, response);
	}

	/** No credentials, no session, no cookie but the language one: nothing personal can be known of this reader. */
	boolean isShareable(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getSession(false) == null
				&& (cookies == null
				|| Arrays.stream(cookies).allMatch((cookie) -> this.languageCookie.equals(cookie.getName())));
	}

	private Key key(HttpServletRequest request) {
		return new Key(request.getScheme(), request.getServerName(), request.getServerPort(), request.getRequestURI(),
				this.localeResolver.resolveLocale(request).getLanguage());
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && contentType.startsWith("text/html");
	}

	record Key(String scheme, String host, int port, String path, String language) {
	}

	record Header(String name, String value) {
	}

	/** A page as rendered: its bytes, gzip form, weak ETag; and, once kept, the headers it was first sent with. */
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

		int weight() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + this.headers.stream()
				.mapToInt((header) -> header.name().length() + header.value().length())
				.sum();
		}

		/** The kept headers, then 304 when the reader has the page, else the page (gzipped when they take it). */
		void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
			this.headers.forEach((header) -> response.addHeader(header.name(), header.value()));
			if (new ServletWebRequest(request, response).checkNotModified(this.etag)) {
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

	}

	/** Tomcat's own reading of Accept-Encoding (the one its compression uses): gzip, unless refused with q=0. */
	static boolean acceptsGzip(String acceptEncoding) throws IOException {
		return acceptEncoding != null && AcceptEncoding.parse(new StringReader(acceptEncoding))
			.stream()
			.anyMatch((coding) -> "gzip".equalsIgnoreCase(coding.getEncoding()) && coding.getQuality() > 0);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("gzip to memory failed", ex);
		}
		return out.toByteArray();
	}

}
