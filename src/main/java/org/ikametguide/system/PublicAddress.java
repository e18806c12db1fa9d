package org.ikametguide.system;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where readers reach the site ({@code ikamet.public-url}, e.g. {@code https://ikamet.example.org}): the scheme, host
 * and port of every absolute link a page carries. Never taken from the request, whose Host and X-Forwarded-Host
 * headers anyone can set: a page cached by a proxy would otherwise send every reader to the host one request named.
 */
@Component
public class PublicAddress {

	private final URI base;

	public PublicAddress(@Value("${ikamet.public-url}") URI base) {
		if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme())) || base.getHost() == null) {
			throw new IllegalArgumentException("ikamet.public-url must be an http(s) address such as "
					+ "https://ikamet.example.org, not " + base);
		}
		this.base = base;
	}

	/** The same path and query, at the public address. */
	public UriComponentsBuilder at(UriComponentsBuilder address) {
		return address.scheme(base.getScheme()).host(base.getHost()).port(base.getPort());
	}

}
