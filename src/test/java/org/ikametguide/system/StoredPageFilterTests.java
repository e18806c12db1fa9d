package org.ikametguide.system;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests a stored page answers, and that it then answers them without the rest of the chain. */
class StoredPageFilterTests {

	private final PageStore store = new PageStore(new WebConfiguration().localeResolver(), "lang");

	private final StoredPageFilter filter = new StoredPageFilter(store);

	private final AtomicInteger renders = new AtomicInteger();

	/** Stands for sessions, security, PageCacheFilter and MVC: renders a page and hands it over as storable. */
	private final FilterChain chain = (request, response) -> {
		renders.incrementAndGet();
		String lang = new WebConfiguration().localeResolver().resolveLocale((HttpServletRequest) request).getLanguage();
		var page = PageStore.Page.rendered("text/html;charset=UTF-8",
				("<html lang=\"" + lang + "\">render " + renders.get() + "</html>").getBytes(StandardCharsets.UTF_8),
				true);
		var http = (HttpServletResponse) response;
		http.setHeader("Content-Security-Policy", "default-src 'self'");
		http.setHeader("ETag", page.etag());
		request.setAttribute(PageStore.RENDERED, page);
		page.writeBody((HttpServletRequest) request, http);
	};

	@Test
	void theSecondReaderGetsTheFirstAnswerWithoutRenderingAgain() throws Exception {
		MockHttpServletResponse first = perform(get("/faq"));
		MockHttpServletResponse second = perform(get("/faq"));

		assertThat(renders).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("render 1");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
	}

	@Test
	void eachLanguageAndAddressIsStoredApart() throws Exception {
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
		assertThat(renders).hasValue(5);
	}

	@Test
	void requestsThatMayNotGetAStoredPageGoDownTheChain() throws Exception {
		perform(get("/faq"));
		MockHttpServletRequest withSession = get("/faq");
		withSession.setCookies(new Cookie("SESSION", "abc"));
		MockHttpServletRequest withQuery = get("/faq");
		withQuery.setQueryString("lang=tr");
		withQuery.addParameter("lang", "tr");
		MockHttpServletRequest withCredentials = get("/faq");
		withCredentials.addHeader("Authorization", "Basic YTpi");
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/faq");
		MockHttpServletRequest notAGuidePage = get("/tracker");
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { withSession, withQuery, withCredentials,
				post, notAGuidePage }) {
			int before = renders.get();
			perform(request);
			assertThat(renders.get()).as(request.getRequestURI() + " " + request.getMethod()).isEqualTo(before + 1);
		}
	}

	@Test
	void aStoredPageIsSentGzippedWhenAcceptedAndAs304WhenUnchanged() throws Exception {
		String etag = perform(get("/faq")).getHeader("ETag");
		MockHttpServletRequest gzip = get("/faq");
		gzip.addHeader("Accept-Encoding", "gzip");
		assertThat(perform(gzip).getHeader("Content-Encoding")).isEqualTo("gzip");
		MockHttpServletRequest conditional = get("/faq");
		conditional.addHeader("If-None-Match", etag);
		MockHttpServletResponse unchanged = perform(conditional);
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(renders).hasValue(1);
	}

	@Test
	void acceptEncodingAndIfNoneMatchAreReadAsHttpSays() {
		assertThat(PageStore.acceptsGzip("gzip")).isTrue();
		assertThat(PageStore.acceptsGzip("br, GZIP;q=0.5")).isTrue();
		assertThat(PageStore.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(PageStore.acceptsGzip("gzip;q=bogus")).isTrue();
		assertThat(PageStore.acceptsGzip("deflate")).isFalse();
		assertThat(PageStore.acceptsGzip(null)).isFalse();
		assertThat(PageStore.etagMatches("\"a\", W/\"b\"", "W/\"b\"")).isTrue();
		assertThat(PageStore.etagMatches("\"b\"", "W/\"b\"")).isTrue();
		assertThat(PageStore.etagMatches("*", "W/\"b\"")).isTrue();
		assertThat(PageStore.etagMatches("W/\"c\"", "W/\"b\"")).isFalse();
		assertThat(PageStore.etagMatches(null, "W/\"b\"")).isFalse();
	}

	private MockHttpServletResponse perform(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

}
