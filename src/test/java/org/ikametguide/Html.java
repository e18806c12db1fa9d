package org.ikametguide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The one way tests read HTML: whatever answered (a real HTTP response, MockMvc, a template file), a jsoup
 * {@link Document} to select from. Import statically: {@code html(response).select("h1")}.
 */
public final class Html {

	private Html() {
	}

	public static Document html(String markup) {
		return Jsoup.parse(markup);
	}

	public static Document html(HttpResponse<String> response) {
		return html(response.body());
	}

	public static Document html(MockHttpServletResponse response) {
		try {
			return html(response.getContentAsString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Document html(MvcResult result) {
		return html(result.getResponse());
	}

	public static Document html(ResultActions result) {
		return html(result.andReturn());
	}

	/** A template (or any HTML file) as written, before Thymeleaf. */
	public static Document html(Path file) {
		try {
			return html(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The CSRF token of the first form on a page. */
	public static String csrfToken(HttpResponse<String> page) {
		return html(page).select("input[name=_csrf]").val();
	}

}
