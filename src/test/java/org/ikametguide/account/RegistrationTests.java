package org.ikametguide.account;

import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.ikametguide.account.AccountTestSupport.GOOD_PASSWORD;
import static org.ikametguide.account.AccountTestSupport.from;
import static org.ikametguide.account.AccountTestSupport.uniqueAddress;
import static org.ikametguide.account.AccountTestSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** /register: what a person sees for each mistake, what gets stored, and the per-address limit. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private AttemptRecordRepository attempts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void theFormHasLabelledFieldsAndLinksToSignIn() throws Exception {
		Document page = html(mvc.perform(get("/register")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Create an account");
		for (String field : new String[] { "username", "password", "passwordConfirmation" }) {
			assertThat(page.select("label[for=" + field + "]")).hasSize(1);
			assertThat(page.select("#" + field)).hasSize(1);
		}
		assertThat(page.select("#password").attr("type")).isEqualTo("password");
		assertThat(page.select("#password").attr("autocomplete")).isEqualTo("new-password");
		assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-hint");
		assertThat(page.select("form[action=/register] input[name=_csrf]")).hasSize(1);
		assertThat(page.select(".app-error-summary")).isEmpty();
		assertThat(page.select("a[href=/login]").text()).contains("Sign in");
	}

	@Test
	void registeringSignsInAndGoesToTheTrackerStoringOnlyAHash() throws Exception {
		String username = uniqueUsername("Ayse");
		MockHttpSession session = new MockHttpSession();
		String sessionIdBefore = session.getId();
		mvc.perform(post("/register").session(session)
			.param("username", "  " + username + " ")
			.param("password", GOOD_PASSWORD)
			.param("passwordConfirmation", GOOD_PASSWORD)
			.with(csrf())
			.with(uniqueAddress())).andExpect(status().isFound()).andExpect(redirectedUrl("/tracker"));

		UserAccount account = accounts.findByUsernameIgnoringCase(username).orElseThrow();
		assertThat(account.getUsername()).as("trimmed, case kept").isEqualTo(username);
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
		assertThat(passwordEncoder.matches(GOOD_PASSWORD, account.getPasswordHash())).isTrue();
		assertThat(session.getId()).as("a new session id at sign-in").isNotEqualTo(sessionIdBefore);

		Document accountPage = html(mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(accountPage.select(".app-summary-list__value").first().text()).isEqualTo(username);
		assertThat(accountPage.select(".app-header__account button").text()).isEqualTo("Sign out");
	}

	static Stream<Arguments> invalidForms() {
		String ok = GOOD_PASSWORD;
		return Stream.of(
				Arguments.of("", ok, ok, "username", "Enter a username"),
				Arguments.of("   ", ok, ok, "username", "Enter a username"),
				Arguments.of("ab", ok, ok, "username", "Username must be at least 3 characters"),
				Arguments.of("a".repeat(51), ok, ok, "username", "Username must be 50 characters or fewer"),
				Arguments.of("ali veli", ok, ok, "username",
						"Username can only contain letters a–z, digits, dots (.), underscores (_) and hyphens (-)"),
				Arguments.of("ayşe", ok, ok, "username",
						"Username can only contain letters a–z, digits, dots (.), underscores (_) and hyphens (-)"),
				Arguments.of("<b>x</b>", ok, ok, "username",
						"Username can only contain letters a–z, digits, dots (.), underscores (_) and hyphens (-)"),
				Arguments.of("valid.name", "", "", "password", "Enter a password"),
				Arguments.of("valid.name", "short-pw1", "short-pw1", "password",
						"Password must be at least 10 characters"),
				Arguments.of("valid.name", "x".repeat(73), "x".repeat(73), "password",
						"Password must be 72 characters or fewer (fewer if it has letters outside a–z)"),
				Arguments.of("valid.name", "ş".repeat(37), "ş".repeat(37), "password",
						"Password must be 72 characters or fewer (fewer if it has letters outside a–z)"),
				Arguments.of("valid.name", "password123", "password123", "password",
						"This password is too common and easy to guess – choose a less common one"),
				Arguments.of("valid.name", "QwertyUIOP", "QwertyUIOP", "password",
						"This password is too common and easy to guess – choose a less common one"),
				Arguments.of("valid.name", "Galatasaray1905", "Galatasaray1905", "password",
						"This password is too common and easy to guess – choose a less common one"),
				Arguments.of("Long.Username.7", "long.username.7", "long.username.7", "password",
						"Your password must not be the same as your username"),
				Arguments.of("valid.name", ok, "", "passwordConfirmation", "Type the password again"),
				Arguments.of("valid.name", ok, ok + "x", "passwordConfirmation", "The passwords do not match"));
	}

	@ParameterizedTest(name = "[{index}] {3}: {4}")
	@MethodSource("invalidForms")
	void eachMistakeIsShownBesideItsFieldAndInTheSummaryWithInputKept(String username, String password,
			String confirmation, String field, String message) throws Exception {
		long before = accounts.count();
		MvcResult result = mvc
			.perform(post("/register").param("username", username)
				.param("password", password)
				.param("passwordConfirmation", confirmation)
				.with(csrf())
				.with(uniqueAddress()))
			.andExpect(status().isOk())
			.andReturn();
		Document page = html(result);

		Element summary = page.selectFirst(".app-error-summary");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.select("h2").text()).isEqualTo("There is a problem");
		assertThat(summary.select("a")).as("one message, for the one field").hasSize(1);
		assertThat(summary.select("a[href=#" + field + "]").text()).isEqualTo(message);

		assertThat(page.select("#" + field + "-error").text()).isEqualTo("Error: " + message);
		assertThat(page.select("#" + field + "-error .app-visually-hidden").text()).isEqualTo("Error:");
		assertThat(page.select("#" + field).attr("aria-describedby")).contains(field + "-error");
		assertThat(page.select("#" + field).attr("aria-invalid")).isEqualTo("true");

		assertThat(page.select("#username").val()).as("the username is kept, trimmed").isEqualTo(username.strip());
		for (String passwordField : new String[] { "password", "passwordConfirmation" }) {
			assertThat(page.select("#" + passwordField).val()).as("a password is never echoed").isEmpty();
		}
		if (password.length() >= 6) {
			assertThat(result.getResponse().getContentAsString()).doesNotContain(password);
		}
		assertThat(accounts.count()).as("nothing stored").isEqualTo(before);
	}

	@Test
	void aUsernameIsTakenWhateverItsLetterCase() throws Exception {
		String username = uniqueUsername("Mehmet");
		register(username, uniqueAddress()).andExpect(status().isFound());
		long before = accounts.count();

		Document page = html(register(username.toLowerCase(), uniqueAddress()).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".app-error-summary a[href=#username]").text())
			.isEqualTo("This username is already taken – choose another one");
		assertThat(page.select("#username-error").text())
			.isEqualTo("Error: This username is already taken – choose another one");
		assertThat(page.select("#username").val()).isEqualTo(username.toLowerCase());
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void tenRegistrationsAnHourPerAddressThenA429WithAClearMessage() throws Exception {
		String address = "192.0.2.77";
		for (int i = 0; i < RegistrationThrottle.LIMIT; i++) {
			register(uniqueUsername("many"), from(address)).andExpect(status().isFound());
		}
		String refused = uniqueUsername("eleventh");
		Document page = html(register(refused, from(address)).andExpect(status().isTooManyRequests()).andReturn());
		assertThat(page.select(".app-error-summary[role=alert] li").text())
			.isEqualTo("Too many accounts have been created from your network in the last hour. Try again later.");
		assertThat(page.select("#username").val()).isEqualTo(refused);
		assertThat(accounts.findByUsernameIgnoringCase(refused)).isEmpty();

		// The count lives in the database: a new throttle (as on another instance) refuses too ...
		assertThat(new RegistrationThrottle(new AttemptWindows(attempts)).tryAcquire(address)).isFalse();
		// ... and another address is not affected.
		register(uniqueUsername("neighbour"), from("192.0.2.78")).andExpect(status().isFound());
	}

	@Test
	void aRegistrationWithoutCsrfTokenIsRefusedAndStoresNothing() throws Exception {
		String username = uniqueUsername("nocsrf");
		mvc.perform(post("/register").param("username", username)
			.param("password", GOOD_PASSWORD)
			.param("passwordConfirmation", GOOD_PASSWORD)
			.with(uniqueAddress())).andExpect(status().isForbidden());
		mvc.perform(post("/register").param("username", username)
			.param("password", GOOD_PASSWORD)
			.param("passwordConfirmation", GOOD_PASSWORD)
			.with(csrf().useInvalidToken())
			.with(uniqueAddress())).andExpect(status().isForbidden());
		assertThat(accounts.findByUsernameIgnoringCase(username)).isEmpty();
	}

	@Test
	void aSignedInPersonIsSentToTheTracker() throws Exception {
		String username = uniqueUsername("signed");
		MockHttpSession session = AccountTestSupport.session(register(username, uniqueAddress()).andReturn());
		mvc.perform(get("/register").session(session)).andExpect(redirectedUrl("/tracker"));
		mvc.perform(get("/login").session(session)).andExpect(redirectedUrl("/tracker"));
	}

	@Test
	void theIdOrOtherFieldsCannotBeBound() throws Exception {
		String username = uniqueUsername("binder");
		register(username, uniqueAddress(), "id", "999999", "passwordHash", "{noop}x").andExpect(status().isFound());
		UserAccount account = accounts.findByUsernameIgnoringCase(username).orElseThrow();
		assertThat(account.getId()).isNotEqualTo(999999L);
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
	}

	private org.springframework.test.web.servlet.ResultActions register(String username, RequestPostProcessor address,
			String... extra) throws Exception {
		var request = post("/register").param("username", username)
			.param("password", GOOD_PASSWORD)
			.param("passwordConfirmation", GOOD_PASSWORD)
			.with(csrf())
			.with(address);
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request.param(extra[i], extra[i + 1]);
		}
		return mvc.perform(request);
	}

}
