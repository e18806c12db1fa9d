package org.ikametguide.tracker;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a subscription address points: the configured public address, else this request's, never a forwarded host. */
class FeedAddressTests {

	@Test
	void theConfiguredPublicAddressWins() {
		MockHttpServletRequest request = request();
		assertThat(controller("https://ikamet.example.org/").address(request, "tok"))
			.isEqualTo("https://ikamet.example.org/feed/tok.ics");
		assertThat(controller("https://example.org/guide").address(request, "tok"))
			.isEqualTo("https://example.org/guide/feed/tok.ics");
	}

	@Test
	void withoutOneTheRequestsOwnAddressIsUsedAndForwardedHeadersAreNotRead() {
		assertThat(controller("").address(request(), "tok")).isEqualTo("https://app.internal:8443/ctx/feed/tok.ics");
	}

	private static CalendarFeedController controller(String publicUrl) {
		return new CalendarFeedController(null, null, publicUrl);
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ctx/tracker/feed");
		request.setScheme("https");
		request.setSecure(true);
		request.setServerName("app.internal");
		request.setServerPort(8443);
		request.setContextPath("/ctx");
		request.addHeader("X-Forwarded-Host", "evil.example");
		request.addHeader("X-Forwarded-Proto", "http");
		request.addHeader("Forwarded", "host=evil.example;proto=http");
		return request;
	}

}
