package org.ikametguide.tracker;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.guide.GuidePages;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every link of the site leads somewhere: on every page a reader can open (the guide, search, sign-in, account and
 * every tracker page of a person with data), in each language, each link to this site answers 200 to whoever
 * followed it, and a link to a part of a page ({@code #calendar-feed}) finds that part there. Links to other sites
 * are the official ones and are not fetched.
 */
class EveryLinkTests extends TrackerWebTest {

	/** The public address the pages link to (ikamet.public-url). */
	private static final String SITE = "http://localhost:8080";

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void everyLinkOfEveryPageLeadsToAPageThatHasWhatItPointsTo(String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate today = TrackerFixtures.today();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.SUBMITTED, today.minusDays(30), null);
		long entry = fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, today.minusDays(2),
				"a note");
		String app = "/tracker/applications/" + id;

		Map<String, AccountPrincipal> pages = new HashMap<>();
		for (String page : GuidePages.PATHS) {
			pages.put(page, null);
		}
		for (String page : List.of("/checklist/print", "/search?q=e-ikamet", "/login", "/register")) {
			pages.put(page, null);
		}
		for (String page : List.of("/account", "/tracker", "/tracker/print", "/tracker/applications/new", app,
				app + "/print", app + "/edit", app + "/delete", app + "/entries/" + entry + "/edit",
				app + "/entries/" + entry + "/delete", "/tracker/import")) {
			pages.put(page, owner);
		}

		List<String> problems = new ArrayList<>();
		Map<String, Document> followed = new HashMap<>();
		int links = 0;
		for (Map.Entry<String, AccountPrincipal> page : pages.entrySet()) {
			Document shown = open(page.getKey() + (page.getKey().contains("?") ? "&" : "?") + "lang=" + lang,
					page.getValue(), problems);
			if (shown == null) {
				continue;
			}
			for (Element link : shown.select("a[href]")) {
				String target = link.absUrl("href");
				if (!target.startsWith(SITE + "/")) {
					continue;
				}
				links++;
				URI address = URI.create(target.substring(SITE.length()));
				String withoutPart = address.getRawPath() + ((address.getRawQuery() != null) ? "?" + address.getRawQuery() : "");
				String key = withoutPart + " as " + ((page.getValue() != null) ? "owner" : "visitor");
				Document there = followed.computeIfAbsent(key, (k) -> open(withoutPart, page.getValue(), problems));
				String part = address.getRawFragment();
				if (there != null && part != null && there.getElementById(part) == null) {
					problems.add(page.getKey() + " links to " + address + ": no #" + part + " there");
				}
			}
		}
		assertThat(links).as("links followed").isGreaterThan(100);
		assertThat(problems).as("broken links (%s)", lang).isEmpty();
	}

	/** The page as a visitor (null) or the person sees it, or null with a problem noted when it is not a 200 page. */
	private Document open(String address, AccountPrincipal person, List<String> problems) {
		return open(address, person, problems, false);
	}

	private Document open(String address, AccountPrincipal person, List<String> problems, boolean redirected) {
		try {
			MockHttpServletRequestBuilder request = get(URI.create(address));
			if (person != null) {
				request.with(user(person));
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			String location = response.getRedirectedUrl();
			if (response.getStatus() == 302 && location != null && !redirected) {
				// A visitor's link to the tracker leads to the sign-in page: where a browser would go next.
				return open(location.replaceFirst("^" + SITE, ""), person, problems, true);
			}
			if (response.getStatus() != 200) {
				problems.add(address + " answered " + response.getStatus());
				return null;
			}
			String type = response.getContentType();
			Document page = (type != null && type.startsWith("text/html")) ? html(response) : new Document("");
			page.setBaseUri(SITE + address);
			return page;
		}
		catch (Exception ex) {
			problems.add(address + " failed: " + ex);
			return null;
		}
	}

}
