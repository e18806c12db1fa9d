package org.ikametguide.tracker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ikametguide.account.AccountPrincipal;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No page shows an unresolved message: Thymeleaf writes a missing key as {@code ??key_xx??}, so every page a reader
 * can reach (the guide, search, sign-in and account pages, every tracker page, every form sent back with its errors,
 * is rendered in each language and must not hold "??". The error pages (404, 403, 500), which need a real server,
 * are checked in {@code ErrorPagesTests}.
 */
class EveryPageMessagesTests extends TrackerWebTest {

	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]*\\?\\?");

	/** Each POST that reaches the registration form comes from its own address, so the hourly limit never applies. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@ParameterizedTest
	@ValueSource(strings = { "en", "tr", "ar", "fa", "ru", "zh" })
	void everyPageResolvesEveryMessage(String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		LocalDate today = TrackerFixtures.today();
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(),
				"Family permit", PermitType.LONG_TERM, ApplicationKind.EXTENSION, today.minusDays(200), "İstanbul",
				today.plusDays(30)));
		fixtures.entry(owner, id, ApplicationStatus.APPOINTMENT_SCHEDULED, today.minusDays(150), null);
		long entry = fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, today.minusDays(3),
				"a note");
		long version = tracker.application(owner.getAccountId(), id).getVersion();
		String app = "/tracker/applications/" + id;
		String entryPath = app + "/entries/" + entry;

		List<AbstractMockHttpServletRequestBuilder<?>> pages = new ArrayList<>();
		for (String guide : List.of("/", "/steps", "/methods", "/mistakes", "/checklist", "/checklist/print",
				"/verification", "/faq", "/search", "/search?q=e-ikamet", "/search?q=zzzqqq", "/register",
				"/login", "/login?error", "/login?locked", "/login?logout")) {
			pages.add(get(guide));
		}
		pages.add(post("/register").with(csrf()).with(fromNewAddress()).param("username", "x"));
		for (String trackerPage : List.of("/account", "/tracker", "/tracker/applications/new", app, app + "?page=2",
				app + "/edit", app + "/delete", entryPath + "/edit", entryPath + "/delete", "/tracker/import")) {
			pages.add(get(trackerPage).with(user(owner)));
		}
		pages.add(post("/account/password").with(user(owner)).with(csrf()).param("newPassword", "short"));
		pages.add(post("/account/delete").with(user(owner)).with(csrf()));
		pages.add(post("/tracker/applications/new").with(user(owner)).with(csrf()).param("submittedOn", "2026-02-30"));
		pages.add(post(app + "/edit").with(user(owner)).with(csrf()).param("version", String.valueOf(version))
			.param("label", ""));
		pages.add(post(app + "/status").with(user(owner)).with(csrf()).param("date", "tomorrow"));
		pages.add(post(entryPath + "/edit").with(user(owner)).with(csrf()).param("version", "0")
			.param("dueDate", "2026-13-01"));
		pages.add(multipart("/tracker/import").file(new MockMultipartFile("file", "backup.json", "application/json",
				"not json".getBytes(StandardCharsets.UTF_8))).with(user(owner)).with(csrf()));
		pages.add(multipart("/tracker/import").with(user(owner)).with(csrf()));

		// A tracker with an application and one without any.
		AccountPrincipal newcomer = fixtures.account();
		pages.add(get("/tracker").with(user(newcomer)));

		for (AbstractMockHttpServletRequestBuilder<?> page : pages) {
			MvcResult result = mvc.perform(page.param("lang", lang)).andReturn();
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			String address = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " ("
					+ result.getResponse().getStatus() + ")";
			assertThat(html).as(address).contains("<html");
			Matcher unresolved = UNRESOLVED.matcher(html);
			assertThat(unresolved.find() ? unresolved.group() : null).as("an unresolved message on " + address)
				.isNull();
			assertThat(html).as(address).doesNotContain("??");
		}
	}

	private static RequestPostProcessor fromNewAddress() {
		String address = "10.11." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
