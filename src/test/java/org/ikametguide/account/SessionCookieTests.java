package org.ikametguide.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ikametguide.FormPost;
import org.ikametguide.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.csrfToken;
import static org.ikametguide.Html.html;
import static org.ikametguide.account.AccountTestSupport.GOOD_PASSWORD;
import static org.ikametguide.account.AccountTestSupport.createAccount;
import static org.ikametguide.account.AccountTestSupport.uniqueUsername;

/**
 * The session cookie as the real servlet container sends it (MockMvc does not apply the cookie settings): HttpOnly,
 * SameSite=Lax, a new id at sign-in, never in a URL; and a POST without a CSRF token gets the friendly 403 page.
 */
@ServerTest
class SessionCookieTests {

	@LocalServerPort
	private int port;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndItsIdChangesAtSignIn() throws Exception {
		String username = uniqueUsername("cookie");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);

		HttpResponse<String> loginPage = send(HttpRequest.newBuilder(url("/login")).GET().build());
		String setCookie = sessionCookie(loginPage.headers().allValues("Set-Cookie"));
		assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(loginPage.body()).doesNotContainIgnoringCase("jsessionid");
		String before = cookieValue(setCookie);
		String csrf = csrfToken(loginPage);

		HttpResponse<String> signedIn = send(FormPost
			.to(url("/login"), Map.of("username", username, "password", GOOD_PASSWORD, "_csrf", csrf))
			.header("Cookie", "JSESSIONID=" + before)
			.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/tracker").doesNotContainIgnoringCase("jsessionid"));
		String afterCookie = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
		assertThat(afterCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		String after = cookieValue(afterCookie);
		assertThat(after).isNotEqualTo(before);

		HttpResponse<String> account = send(
				HttpRequest.newBuilder(url("/account")).header("Cookie", "JSESSIONID=" + after).GET().build());
		assertThat(account.statusCode()).isEqualTo(200);
		HttpResponse<String> oldSession = send(
				HttpRequest.newBuilder(url("/account")).header("Cookie", "JSESSIONID=" + before).GET().build());
		assertThat(oldSession.statusCode()).as("the pre-sign-in id is worthless").isEqualTo(302);
	}

	@Test
	void guidePagesSetNoCookieForAnonymousReaders() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(url("/faq")).GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("JSESSIONID"));
		assertThat(html(response).select(".app-header__account a[href=/login]").text())
			.isEqualTo("Sign in");
	}

	@Test
	void aPostWithoutCsrfTokenGetsAFriendly403() throws Exception {
		HttpResponse<String> response = send(FormPost
			.to(url("/register"), Map.of("username", uniqueUsername("forged"), "password", GOOD_PASSWORD,
					"passwordConfirmation", GOOD_PASSWORD))
			.header("Accept", "text/html")
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(html(response).select("h1").text()).isEqualTo("This form could not be sent");
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(List<String> setCookies) {
		return setCookies.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
	}

	private static String cookieValue(String setCookie) {
		return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
	}


}
