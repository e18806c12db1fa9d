package org.ikametguide.hardening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;


import org.ikametguide.FormPost;
import org.ikametguide.Html;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;

import org.springframework.security.crypto.password.PasswordEncoder;


/** A person with an account, signed in over real HTTP to an app on a local port (a cookie jar of their own). */
final class SignedInClient {

	static final String PASSWORD = "violet-harbour-tram-41";

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	final UserAccount account;

	private SignedInClient(int port, UserAccount account) {
		this.port = port;
		this.account = account;
	}

	/** A new account, made with the app's repository, then signed in through the login form. */
	static SignedInClient signUp(int port, UserAccountRepository accounts, PasswordEncoder encoder) throws Exception {
		String username = "h-" + UUID.randomUUID().toString().substring(0, 12);
		UserAccount account = accounts.saveAndFlush(new UserAccount(username, encoder.encode(PASSWORD), Instant.now()));
		SignedInClient person = new SignedInClient(port, account);
		HttpResponse<String> signedIn = person.client.send(FormPost
			.to(person.url("/login"),
					Map.of("username", username, "password", PASSWORD, "_csrf", person.csrfToken("/login")))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").endsWith("/tracker")) {
			throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
		}
		return person;
	}

	URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	String csrfToken(String page) throws Exception {
		return Html.csrfToken(get(page));
	}

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> download(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The import form sent as a browser sends it: multipart, with the file and the form's CSRF token. */
	HttpResponse<String> importFile(String filename, byte[] file) throws Exception {
		String boundary = "----h4" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ csrfToken("/tracker/import") + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.write(file);
		write(body, "\r\n--" + boundary + "--\r\n");
		return client.send(HttpRequest.newBuilder(url("/tracker/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void write(ByteArrayOutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
	}

}
