package org.ikametguide.hardening;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.ikametguide.Html;

/**
 * One browser talking HTTP to the running app: its own cookie jar (so its own session), redirects not followed, pages
 * asked for as HTML. {@link #post} adds the CSRF token of the visitor's session.
 */
public final class Visitor {

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	public Visitor(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public URI url(String path) {
		return base.resolve(path);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	/** A form POST (URL-encoded, in the given order), with this session's CSRF token added. */
	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken());
		return postRaw(path, "application/x-www-form-urlencoded", encode(withToken));
	}

	/** A POST of exactly this body, with this session's CSRF token in the header (as a script would send it). */
	public HttpResponse<String> postRaw(String path, String contentType, String body)
			throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", contentType)
			.header("X-CSRF-TOKEN", csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(url(path)).header("Accept", "text/html").header("Accept-Language", "en");
	}

	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the login form; fails unless it worked. */
	public Visitor signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
		if (response.statusCode() != 302
				|| response.headers().firstValue("Location").orElse("").contains("/login")) {
			throw new IllegalStateException("sign-in failed: " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse(""));
		}
		return this;
	}

	/** The session cookie's value now (JSESSIONID or Spring Session's SESSION), or null. */
	public String sessionId() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID") || cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** The CSRF token of this session, from a page with a form: the login page, or the account page once signed in. */
	public String csrfToken() throws IOException, InterruptedException {
		HttpResponse<String> login = get("/login");
		return Html.csrfToken((login.statusCode() == 302) ? get("/account") : login);
	}

	public static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
