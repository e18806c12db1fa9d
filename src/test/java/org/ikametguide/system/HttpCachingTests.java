package org.ikametguide.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.guide.GuidePages;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.ikametguide.Html.html;

/**
 * Who may keep a copy of what: the guide in shared caches for five minutes with an ETag (304 when unchanged), a
 * person's pages nowhere, everything else not at all. Stored guide pages are the very bytes a fresh render gives.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HttpCachingTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void everyGuidePageMayBeKeptBySharedCachesForFiveMinutesWithAnETag() throws Exception {
		for (String path : GuidePages.PATHS) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("public, max-age=300");
			assertThat(response.getHeader(HttpHeaders.ETAG)).as(path).matches("W/\"[0-9a-f]{32}\"");
			assertThat(response.getHeader(HttpHeaders.VARY)).as(path).contains("Accept-Language", "Cookie");
			assertThat(response.getHeader("Pragma")).as(path).isNull();
		}
	}

	@Test
	void searchesCarryAnETagAndMayBeKeptToo() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/search?q=office")).andReturn().getResponse();
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");
		String etag = response.getHeader(HttpHeaders.ETAG);
		assertThat(mvc.perform(get("/search?q=office").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		assertThat(mvc.perform(get("/search?q=fees").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void anUnchangedPageIsAnswered304WithoutABodyAndAChangedOneInFull() throws Exception {
		String etag = mvc.perform(get("/faq")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

		MockHttpServletResponse unchanged = mvc.perform(get("/faq").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse();
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
		assertThat(unchanged.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(unchanged.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");

		String strongForm = etag.substring(2);
		assertThat(mvc.perform(get("/faq").header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + strongForm))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		assertThat(mvc.perform(get("/faq").header(HttpHeaders.IF_NONE_MATCH, "W/\"0123\""))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/steps").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn()
			.getResponse()
			.getStatus()).as("another page's ETag").isEqualTo(200);
	}

	@Test
	void aStoredPageIsTheSameBytesAsAFreshRenderAndComesGzippedWhenAccepted() throws Exception {
		// A render for a reader with a session is never stored, so it is always fresh; the page is the same for them.
		String fresh = mvc.perform(get("/methods").cookie(sessionCookie()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		MockHttpServletResponse first = mvc.perform(get("/methods")).andReturn().getResponse();
		MockHttpServletResponse stored = mvc.perform(get("/methods")).andReturn().getResponse();
		MockHttpServletResponse gzipped = mvc.perform(get("/methods").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
			.andReturn()
			.getResponse();

		assertThat(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(fresh);
		assertThat(stored.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(fresh);
		assertThat(stored.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG));
		assertThat(stored.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(gzipped.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length)
			.isLessThan(fresh.length() / 2);
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(fresh);
		assertThat(mvc.perform(get("/methods").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, deflate"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

	@Test
	void aStoredPageIsSentWithEveryHeaderOfTheFirst() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/verification").with((request) -> {
			request.setServerName("first.example");
			return request;
		})).andReturn().getResponse();
		MockHttpServletResponse stored = mvc.perform(get("/verification").with((request) -> {
			request.setServerName("first.example");
			return request;
		})).andReturn().getResponse();
		for (String name : first.getHeaderNames()) {
			assertThat(stored.getHeaders(name)).as(name).isEqualTo(first.getHeaders(name));
		}
		assertThat(stored.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
		assertThat(stored.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(stored.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void eachLanguageGetsItsOwnStoredPage() throws Exception {
		assertThat(lang(mvc.perform(get("/steps")).andReturn().getResponse())).isEqualTo("en");
		assertThat(lang(mvc.perform(get("/steps").header(HttpHeaders.ACCEPT_LANGUAGE, "tr-TR,tr;q=0.9"))
			.andReturn()
			.getResponse())).isEqualTo("tr");
		assertThat(lang(mvc.perform(get("/steps").cookie(new Cookie("lang", "ar"))).andReturn().getResponse()))
			.isEqualTo("ar");
		assertThat(lang(mvc.perform(get("/steps")).andReturn().getResponse())).isEqualTo("en");
		assertThat(lang(mvc.perform(get("/steps").param("lang", "fa")).andReturn().getResponse())).isEqualTo("fa");
		assertThat(lang(mvc.perform(get("/steps")).andReturn().getResponse())).isEqualTo("en");
	}

	@Test
	void anAnswerThatSetsACookieIsForThatBrowserOnly() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/steps?lang=tr")).andReturn().getResponse();
		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith("lang=tr");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
	}

	@Test
	void trackerAndAccountPagesAreNeverStored() throws Exception {
		for (String path : new String[] { "/tracker", "/tracker/anything", "/tracker/export.csv", "/account/settings",
				"/login", "/register", "/feed/abc.ics" }) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(path)
				.isEqualTo("private, no-store");
			assertThat(mvc.perform(get(path).with(user(new AccountPrincipal(1L, "ayse", "{noop}x"))))
				.andReturn()
				.getResponse()
				.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("private, no-store");
		}
	}

	@Test
	void everythingElseKeepsSpringSecuritysNoStore() throws Exception {
		for (String path : new String[] { "/no-such-page", "/actuator/health" }) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(path)
				.isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
		}
	}

	@Test
	void theListOfGuidePagesKnowsEveryGuideMapping(@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
		Set<String> guidePaths = new TreeSet<>();
		for (var entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod method = entry.getValue();
			if (method.getBeanType().getPackageName().equals("org.ikametguide.guide")) {
				guidePaths.addAll(info.getPatternValues());
			}
		}
		// Every guide mapping serves some path of the list, and every path of the list is a guide mapping.
		var patterns = guidePaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		assertThat(patterns).allSatisfy((pattern) -> assertThat(GuidePages.PATHS)
			.anyMatch((path) -> pattern.matches(PathContainer.parsePath(path))));
		assertThat(GuidePages.PATHS).allSatisfy((path) -> assertThat(patterns)
			.anyMatch((pattern) -> pattern.matches(PathContainer.parsePath(path))));
	}

	/**
	 * The container's session cookie, as a browser sends it once it has a session (MockMvc's mock sessions send no
	 * cookie, so the test names one): any cookie but the language one makes a guide page personal.
	 */
	private Cookie sessionCookie() {
		return new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF");
	}

	private static String lang(MockHttpServletResponse response) throws IOException {
		return html(response).select("html").attr("lang");
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
