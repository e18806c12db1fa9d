package org.ikametguide.tracker;

import java.nio.file.Path;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ikametguide.IkametGuideApplication;
import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tracker acknowledged is on disk: the application is stopped and started again on the same H2 file
 * database (as `spring-boot:run` uses), and the application and its status are still there.
 */
class PersistenceRestartTests {

	@TempDir
	Path directory;

	@Test
	void dataWrittenBeforeARestartIsStillThereAfterIt() throws Exception {
		String[] arguments = { "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("tracker").toAbsolutePath(),
				"--server.port=0", "--spring.jpa.properties.hibernate.generate_statistics=false" };
		AccountPrincipal owner;
		String location;
		try (ConfigurableApplicationContext first = start(arguments)) {
			UserAccount account = first.getBean(UserAccountRepository.class)
				.save(new UserAccount("restart-user", "{noop}x", Instant.now()));
			owner = new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash());
			MockMvc mvc = mvc(first);
			location = mvc
				.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
					.param("applicationNumber", "RESTART-12345")
					.param("label", "Survives a restart")
					.param("permitType", "STUDENT")
					.param("kind", "FIRST")
					.param("submittedOn", TrackerFixtures.today().minusDays(3).toString()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			mvc.perform(post(location + "/status").with(user(owner)).with(csrf())
				.param("status", "IN_REVIEW")
				.param("date", TrackerFixtures.today().toString())
				.param("note", "acknowledged before the restart"))
				.andExpect(status().is3xxRedirection());
		}

		try (ConfigurableApplicationContext second = start(arguments)) {
			assertThat(second.getBean(UserAccountRepository.class).findByUsernameIgnoringCase("restart-user")).isPresent();
			String body = mvc(second).perform(get(location).with(user(owner)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = html(body);
			assertThat(page.select("h1").text()).isEqualTo("Survives a restart");
			assertThat(page.select(".app-summary-list__number").text()).isEqualTo("RESTART-12345");
			assertThat(page.select(".app-timeline__note-text").text()).isEqualTo("acknowledged before the restart");
		}
	}

	private static ConfigurableApplicationContext start(String[] arguments) {
		return new SpringApplicationBuilder(IkametGuideApplication.class).run(arguments);
	}

	private static MockMvc mvc(ConfigurableApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
	}

}
