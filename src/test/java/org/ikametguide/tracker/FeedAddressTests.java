package org.ikametguide.tracker;

import java.net.URI;

import org.ikametguide.system.PublicAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a subscription address points: the configured public address, never the request's host or a forwarded one. */
class FeedAddressTests {

	@Test
	void theConfiguredPublicAddressIsUsedAndForwardedHeadersAreNotRead() {
		assertThat(controller("https://ikamet.example.org").address(request(), "tok"))
			.isEqualTo("https://ikamet.example.org/ctx/feed/tok.ics");
		assertThat(controller("https://ikamet.example.org:8443").address(request(), "tok"))
			.isEqualTo("https://ikamet.example.org:8443/ctx/feed/tok.ics");
	}

	private static CalendarFeedController controller(String publicUrl) {
		return new CalendarFeedController(null, null, new PublicAddress(URI.create(publicUrl)));
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ctx/tracker/feed");
		request.setScheme("http");
		request.setServerName("app.internal");
		request.setServerPort(8081);
		request.setContextPath("/ctx");
		request.addHeader("X-Forwarded-Host", "evil.example");
		request.addHeader("X-Forwarded-Proto", "http");
		request.addHeader("Forwarded", "host=evil.example;proto=http");
		return request;
	}

}
