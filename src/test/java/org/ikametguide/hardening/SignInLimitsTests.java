package org.ikametguide.hardening;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12 §9: the sign-in limits protect the owner, not the attacker. Hammering an account from one address does not
 * lock its owner out elsewhere; one address trying many usernames is slowed down.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInLimitsTests {

	private static final String PASSWORD = "violet-harbour-tram-41";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserAccountRepository accounts;

	@Autowired
	private PasswordEncoder encoder;

	/** What a refused visitor reads, whichever limit refused them. */
	private static final Map<String, String> LOCKED = Map.of(
			"en", "Too many sign-in attempts. Wait a while (up to an hour), then try again.",
			"tr", "Çok fazla giriş denemesi yapıldı. Bir süre (en fazla bir saat) bekleyin, sonra yeniden deneyin.",
			"ar", "محاولات كثيرة جدًا لتسجيل الدخول. انتظر بعض الوقت (ساعة على الأكثر)، ثم حاول مرة أخرى.",
			"fa", "تلاش‌های زیادی برای ورود انجام شده است. مدتی (حداکثر یک ساعت) صبر کنید و سپس دوباره امتحان کنید.",
			"ru", "Слишком много попыток входа. Подождите немного (не больше часа) и попробуйте снова.",
			"zh", "登录尝试次数过多。请稍等一段时间（最长一小时）后再试。");

	@Test
	void theOwnerSignsInFromAnotherAddressWhileAnAttackerHammersTheAccount() throws Exception {
		String owner = account();
		for (int i = 0; i < 30; i++) {
			signIn("203.0.113.5", owner, "guess-" + i).andExpect(unauthenticated());
		}
		// the attacker's address is stopped, right password or not
		signIn("203.0.113.5", owner, PASSWORD).andExpect(unauthenticated());
		signIn("198.51.100.20", owner, PASSWORD).andExpect(authenticated());
	}

	@Test
	void oneAddressTrying50UsernamesIsSlowedInEveryLanguage() throws Exception {
		String attacker = "203.0.113.9";
		int refused = 0;
		for (int i = 0; i < 50; i++) {
			String outcome = signIn(attacker, "nobody-" + UUID.randomUUID(), "guess-" + i).andReturn()
				.getResponse()
				.getRedirectedUrl();
			refused += "/login?locked".equals(outcome) ? 1 : 0;
		}
		assertThat(refused).as("of 50 usernames tried from one address, refused before the password was checked")
			.isGreaterThanOrEqualTo(25);
		String someone = account();
		signIn(attacker, someone, PASSWORD).andExpect(unauthenticated());
		signIn("198.51.100.21", someone, PASSWORD).andExpect(authenticated());

		for (String language : Languages.SUPPORTED) {
			MockHttpSession session = new MockHttpSession();
			mvc.perform(post("/login").session(session)
				.with((request) -> {
					request.setRemoteAddr(attacker);
					return request;
				})
				.param("username", someone)
				.param("password", PASSWORD)
				.with(csrf()));
			String page = mvc.perform(get("/login?locked&lang=" + language).session(session))
				.andReturn()
				.getResponse()
				.getContentAsString();
			// Refused for the address, not for this username: the message blames no username and promises no shorter
			// wait than the longest limit's hour.
			assertThat(html(page).select(".app-error-summary").text()).as(language)
				.contains(LOCKED.get(language));
		}
	}

	private String account() {
		String username = "limits-" + UUID.randomUUID().toString().substring(0, 12);
		accounts.saveAndFlush(new UserAccount(username, encoder.encode(PASSWORD), Instant.now()));
		return username;
	}

	private ResultActions signIn(String address, String username, String password) throws Exception {
		return mvc.perform(post("/login").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).session(new MockHttpSession()).param("username", username).param("password", password).with(csrf()));
	}

}
