package org.ikametguide.tracker;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;

import org.ikametguide.account.UserAccountRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The tracker's web tests: the whole application with MockMvc, one shared context (and database) for them all. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class TrackerWebTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected TrackerService tracker;

	@Autowired
	private UserAccountRepository accounts;

	protected TrackerFixtures fixtures;

	@BeforeEach
	void createFixtures() {
		fixtures = new TrackerFixtures(accounts, tracker, jdbc);
	}

	/**
	 * The session cookie a redirect set, sent with the next request. Where sessions are stored in the database (the
	 * postgres profile) the flash attributes live there, so {@code flashAttrs} alone would not carry them.
	 */
	protected static RequestPostProcessor sessionOf(MvcResult redirect) {
		return (request) -> {
			Cookie session = redirect.getResponse().getCookie("SESSION");
			if (session != null) {
				request.setCookies(session);
			}
			return request;
		};
	}

}
