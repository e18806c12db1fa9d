package org.ikametguide.account;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.ikametguide.account.AccountTestSupport.GOOD_PASSWORD;
import static org.ikametguide.account.AccountTestSupport.createAccount;
import static org.ikametguide.account.AccountTestSupport.uniqueUsername;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, sign-out, the lockout, and where anonymous visitors are sent. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginTests {

	/** Each test signs in from an address of its own: the per-address limit counts across the shared database. */
	private final RequestPostProcessor address = AccountTestSupport.uniqueAddress();

	private static final String LOCKED_MESSAGE = "Too many sign-in attempts. Wait a while (up to an hour), then try "
			+ "again.";

	private static final String WRONG_MESSAGE = "The username or the password is not right.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theSignInPageHasAFormAndARegisterLink() throws Exception {
		Document page = html(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Sign in to your tracker");
		assertThat(page.select("form[action=/login][method=post] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("label[for=username]").text()).isEqualTo("Username");
		assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
		assertThat(page.select("#password").attr("type")).isEqualTo("password");
		assertThat(page.select("a[href=/register]").text()).isEqualTo("Create an account");
		assertThat(page.select(".app-header__account a[href=/login]").text()).isEqualTo("Sign in");
		assertThat(page.select(".app-error-summary")).isEmpty();
	}

	@Test
	void anonymousVisitorsToTheTrackerOrAccountAreSentToSignIn() throws Exception {
		for (String url : new String[] { "/tracker", "/tracker/", "/tracker/applications/new",
				"/tracker/applications/1", "/tracker/export.csv", "/account" }) {
			mvc.perform(get(url)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/faq")).andExpect(status().isOk());
	}

	@Test
	void signingInGoesBackToThePageThatAskedForIt() throws Exception {
		String username = uniqueUsername("back");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		MvcResult asked = mvc.perform(get("/account")).andExpect(redirectedUrl("/login")).andReturn();
		MockHttpSession session = AccountTestSupport.session(asked);

		signIn(session, username, GOOD_PASSWORD).andExpect(status().isFound())
			.andExpect(redirectedUrl("http://localhost/account?continue"))
			.andExpect(authenticated().withUsername(username));
		mvc.perform(get("/account?continue").session(session)).andExpect(status().isOk());
	}

	@Test
	void withoutASavedRequestSigningInGoesToTheTrackerAndTheUsernameMatchesInAnyCase() throws Exception {
		String username = uniqueUsername("Tracker");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		signIn(new MockHttpSession(), " " + username.toUpperCase() + " ", GOOD_PASSWORD)
			.andExpect(redirectedUrl("/tracker"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		String username = uniqueUsername("fixation");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		MockHttpSession session = AccountTestSupport.session(mvc.perform(get("/account")).andReturn());
		String before = session.getId();
		signIn(session, username, GOOD_PASSWORD).andExpect(authenticated());
		assertThat(session.getId()).isNotEqualTo(before);
	}

	@Test
	void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswerWithTheUsernameKept() throws Exception {
		String username = uniqueUsername("known");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		String unknown = uniqueUsername("unknown");

		Document known = failedSignIn(username, "wrong-password-1", "/login?error");
		Document nobody = failedSignIn(unknown, "wrong-password-1", "/login?error");
		for (Document page : new Document[] { known, nobody }) {
			assertThat(page.select(".app-error-summary[role=alert] a[href=#username]").text()).isEqualTo(WRONG_MESSAGE);
			assertThat(page.select("#username-error").text()).isEqualTo("Error: " + WRONG_MESSAGE);
			assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-error");
			assertThat(page.select("#password").val()).isEmpty();
		}
		assertThat(known.select("#username").val()).isEqualTo(username);
		assertThat(nobody.select("#username").val()).isEqualTo(unknown);
		// Apart from the name typed and the (random) CSRF token, the two pages are identical.
		known.select("input[name=_csrf]").remove();
		nobody.select("input[name=_csrf]").remove();
		assertThat(known.select("main").html().replace(username, "NAME"))
			.isEqualTo(nobody.select("main").html().replace(unknown, "NAME"));
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedAndAnUnknownUsernameBehavesTheSame() throws Exception {
		String username = uniqueUsername("locked");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		String unknown = uniqueUsername("ghost");
		for (String name : new String[] { username, unknown }) {
			for (int i = 1; i <= LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
				signIn(new MockHttpSession(), name, "wrong-password-" + i).andExpect(redirectedUrl("/login?error"))
					.andExpect(unauthenticated());
			}
			MockHttpSession session = new MockHttpSession();
			signIn(session, name, GOOD_PASSWORD).andExpect(redirectedUrl("/login?locked")).andExpect(unauthenticated());
			Document page = html(mvc.perform(get("/login?locked").session(session)).andReturn());
			assertThat(page.select(".app-error-summary a[href=#username]").text()).isEqualTo(LOCKED_MESSAGE);
			assertThat(page.select("#username").val()).isEqualTo(name);
			mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login"));
		}
		// The lock is on the username, not on the visitor: another account still signs in.
		String other = uniqueUsername("other");
		createAccount(accounts, passwordEncoder, other, GOOD_PASSWORD);
		signIn(new MockHttpSession(), other, GOOD_PASSWORD).andExpect(authenticated());
	}

	@Test
	void fourFailuresDoNotLockAndASuccessStartsTheCountAfresh() throws Exception {
		String username = uniqueUsername("four");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		for (int round = 0; round < 2; round++) {
			for (int i = 1; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
				signIn(new MockHttpSession(), username, "wrong-" + i + "-password").andExpect(unauthenticated());
			}
			signIn(new MockHttpSession(), username, GOOD_PASSWORD).andExpect(authenticated());
		}
	}

	@Test
	void theLockEndsFifteenMinutesAfterTheFifthFailure() throws Exception {
		String username = uniqueUsername("expiry");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		for (int i = 1; i <= LoginThrottle.PER_ACCOUNT_AND_ADDRESS_MAX; i++) {
			signIn(new MockHttpSession(), username, "wrong-password-" + i);
		}
		signIn(new MockHttpSession(), username, GOOD_PASSWORD).andExpect(redirectedUrl("/login?locked"));
		// Sixteen minutes pass (the failures are moved back in time, as the clock of every instance would see it).
		jdbc.update("update attempt_window set attempted_at = dateadd('MINUTE', -16, attempted_at) "
				+ "where limit_name like 'login-%'");
		signIn(new MockHttpSession(), username, GOOD_PASSWORD).andExpect(authenticated());
	}

	@Test
	void aPasswordTooLongForTheHashIsJustAWrongPassword() throws Exception {
		String username = uniqueUsername("long");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		signIn(new MockHttpSession(), username, "x".repeat(500)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingInWithoutACsrfTokenIsRefused() throws Exception {
		String username = uniqueUsername("nocsrf");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		mvc.perform(post("/login").param("username", username).param("password", GOOD_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void signingOutIsPostOnlyWithACsrfToken() throws Exception {
		String username = uniqueUsername("logout");
		createAccount(accounts, passwordEncoder, username, GOOD_PASSWORD);
		MockHttpSession session = new MockHttpSession();
		signIn(session, username, GOOD_PASSWORD).andExpect(authenticated());

		Document page = html(mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".app-header__account form[action=/logout][method=post] input[name=_csrf]")).hasSize(1);
		assertThat(page.select(".app-header__account form button").text()).isEqualTo("Sign out");

		mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
		mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andExpect(authenticated());

		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
		Document signedOut = html(mvc.perform(get("/login?logout")).andReturn());
		assertThat(signedOut.select(".app-flash[role=status]").text()).isEqualTo("You have signed out.");
	}

	private ResultActions signIn(MockHttpSession session, String username, String password) throws Exception {
		return mvc.perform(post("/login").session(session)
			.with(address)
			.param("username", username)
			.param("password", password)
			.with(csrf()));
	}

	private Document failedSignIn(String username, String password, String expectedRedirect) throws Exception {
		MockHttpSession session = new MockHttpSession();
		signIn(session, username, password).andExpect(redirectedUrl(expectedRedirect)).andExpect(unauthenticated());
		return html(mvc.perform(get(expectedRedirect).session(session)).andExpect(status().isOk()).andReturn());
	}

}
