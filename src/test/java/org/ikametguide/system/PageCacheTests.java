package org.ikametguide.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which guide requests a kept page answers, and that it then answers them without the rest of the chain. */
class PageCacheTests {

	private final PageCache cache = new PageCache(new SharedPages(List.of("/faq", "/steps")),
			new WebConfiguration().localeResolver(), "lang");

	private final AtomicInteger renders = new AtomicInteger();

	/**
	 * Stands for sessions, security and MVC: renders a page in the request's language with a security header; opens
	 * a session for {@code ?session}, sets a cookie for {@code ?cookie}, answers 404 for {@code ?missing}.
	 */
	private final FilterChain chain = (req, res) -> {
		var request = (HttpServletRequest) req;
		var response = (HttpServletResponse) res;
		renders.incrementAndGet();
		String lang = new WebConfiguration().localeResolver().resolveLocale(request).getLanguage();
		response.setHeader("Content-Security-Policy", "default-src 'self'");
		if (request.getParameter("session") != null) {
			request.getSession();
		}
		if (request.getParameter("cookie") != null) {
			response.addCookie(new Cookie("lang", "tr"));
		}
		response.setStatus(request.getParameter("missing") != null ? 404 : 200);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<html lang=\"" + lang + "\">render " + renders.get() + " " + "x".repeat(600));
	};

	@Test
	void theSecondAnonymousReaderGetsTheFirstAnswerWithoutRenderingAgain() throws Exception {
		MockHttpServletResponse first = perform(get("/faq"));
		MockHttpServletResponse second = perform(get("/faq"));

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("render 1");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).matches("W/\"[0-9a-f]{32}\"");
		assertThat(second.getHeader("Cache-Control")).isEqualTo(first.getHeader("Cache-Control"))
			.isEqualTo(PageCache.SHARED);
	}

	@Test
	void eachLanguageAndAddressIsKeptApart() throws Exception {
		perform(get("/faq"));
		MockHttpServletRequest turkish = get("/faq");
		turkish.addHeader("Accept-Language", "tr");
		assertThat(perform(turkish).getContentAsString()).contains("lang=\"tr\"");
		MockHttpServletRequest arabic = get("/faq");
		arabic.setCookies(new Cookie("lang", "ar"));
		assertThat(perform(arabic).getContentAsString()).contains("lang=\"ar\"");
		MockHttpServletRequest otherHost = get("/faq");
		otherHost.setServerName("mirror.example");
		perform(otherHost);
		perform(get("/steps"));
		assertThat(renders).hasValue(5);
		perform(get("/faq"));
		perform(arabic);
		assertThat(renders).hasValue(5);
	}

	@Test
	void aReaderWithASessionCookieCredentialsOrAnyOtherCookieGetsAFreshPageForThemOnly() throws Exception {
		perform(get("/faq"));
		MockHttpServletRequest withSession = get("/faq");
		withSession.setCookies(new Cookie("SESSION", "abc"));
		MockHttpServletRequest withContainerSession = get("/faq");
		withContainerSession.setCookies(new Cookie("lang", "tr"), new Cookie("JSESSIONID", "abc"));
		MockHttpServletRequest withCredentials = get("/faq");
		withCredentials.addHeader("Authorization", "Basic YTpi");
		for (MockHttpServletRequest request : List.of(withSession, withContainerSession, withCredentials)) {
			int before = renders.get();
			MockHttpServletResponse response = perform(request);
			assertThat(renders.get()).isEqualTo(before + 1);
			assertThat(response.getHeader("Cache-Control")).isEqualTo(PageCache.PERSONAL);
		}
	}

	@Test
	void aPageWithParametersIsSharedButRenderedEachTime() throws Exception {
		perform(get("/faq"));
		for (int request = 1; request <= 2; request++) {
			MockHttpServletRequest withParameter = get("/faq");
			withParameter.addParameter("q", "office");
			assertThat(perform(withParameter).getHeader("Cache-Control")).isEqualTo(PageCache.SHARED);
			assertThat(perform(get("/faq?q=office")).getHeader("Cache-Control")).isEqualTo(PageCache.SHARED);
		}
		assertThat(renders).hasValue(5);
	}

	@Test
	void anAnswerThatOpensASessionOrSetsACookieIsForThatBrowserOnlyAndNotKept() throws Exception {
		for (String path : new String[] { "/faq?session", "/steps?cookie" }) {
			for (int request = 1; request <= 2; request++) {
				MockHttpServletResponse response = perform(get(path));
				assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo(PageCache.PERSONAL);
			}
		}
		assertThat(renders).hasValue(4);
	}

	@Test
	void otherRequestsAndAnswersPassThroughUntouched() throws Exception {
		int before = renders.get();
		perform(new MockHttpServletRequest("POST", "/faq"));
		perform(new MockHttpServletRequest("POST", "/faq"));
		MockHttpServletResponse elsewhere = perform(get("/tracker"));
		assertThat(elsewhere.getHeader("ETag")).isNull();
		assertThat(elsewhere.getHeader("Cache-Control")).isNull();
		MockHttpServletResponse missing = perform(get("/faq?missing"));
		perform(get("/faq?missing"));
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(missing.getContentAsString()).contains("render");
		assertThat(renders.get()).isEqualTo(before + 5);
	}

	@Test
	void aKeptPageIsSentGzippedWhenAcceptedAndAs304WhenUnchanged() throws Exception {
		MockHttpServletResponse first = perform(get("/faq"));
		MockHttpServletRequest gzip = get("/faq");
		gzip.addHeader("Accept-Encoding", "br, GZIP;q=0.5");
		MockHttpServletResponse gzipped = perform(gzip);
		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(first.getContentAsString());
		MockHttpServletRequest refused = get("/faq");
		refused.addHeader("Accept-Encoding", "gzip;q=0, deflate");
		assertThat(perform(refused).getHeader("Content-Encoding")).isNull();
		MockHttpServletRequest conditional = get("/faq");
		conditional.addHeader("If-None-Match", "\"other\", " + first.getHeader("ETag").substring(2));
		MockHttpServletResponse unchanged = perform(conditional);
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(renders).hasValue(1);
	}

	private MockHttpServletResponse perform(MockHttpServletRequest request) throws Exception {
		if (request.getQueryString() == null && request.getRequestURI().contains("?")) {
			String[] parts = request.getRequestURI().split("\\?", 2);
			request.setRequestURI(parts[0]);
			request.setQueryString(parts[1]);
			String[] parameter = parts[1].split("=", 2);
			request.addParameter(parameter[0], (parameter.length > 1) ? parameter[1] : "");
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
