package org.ikametguide.system;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page (the error pages too): the reader's language, the text direction and this
 * page's address in each language (at the configured public address, never at one a request header names). A model attribute rather than a bean call, because Thymeleaf forbids bean access
 * in link and attribute expressions.
 */
@ControllerAdvice
class Site {

	private final PublicAddress publicAddress;

	Site(PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
	}

	/** The model attribute {@code site}. */
	public record Model(String lang, String dir, boolean translated, List<LanguageLink> languages) {
	}

	/** This page in one language. */
	public record LanguageLink(String lang, String dir, String url, boolean current) {
	}

	@ModelAttribute("site")
	Model site(HttpServletRequest request) {
		String lang = Languages.current();
		UriComponentsBuilder here = publicAddress.at(currentPage(request));
		List<LanguageLink> links = Languages.SUPPORTED.stream()
			.map((language) -> new LanguageLink(language, direction(language),
					here.cloneBuilder().replaceQueryParam("lang", language).build().encode().toUriString(),
					language.equals(lang)))
			.toList();
		return new Model(lang, direction(lang), !Languages.SUPPORTED.get(0).equals(lang), links);
	}

	/** The official e-İkamet portal: the one place its address is written (the seed content aside). */
	@ModelAttribute("eikametUrl")
	String eikametUrl() {
		return "https://e-ikamet.goc.gov.tr";
	}

	private static String direction(String language) {
		return Languages.isRightToLeft(language) ? "rtl" : "ltr";
	}

	/** The address the reader asked for; on an error page that is the original one, not /error. */
	private static UriComponentsBuilder currentPage(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (original instanceof String path) {
			return ServletUriComponentsBuilder.fromContextPath(request).replacePath(path);
		}
		return ServletUriComponentsBuilder.fromRequest(request);
	}

}
