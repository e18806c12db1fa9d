package org.ikametguide.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a change did ("The application has been added.") is shown on the page the change redirects to, inside its
 * main content right above its heading, where the skip link and a screen reader's "main" landmark lead: every
 * message on the page its controller redirects to, in every language.
 */
class FlashMessagesTests extends TrackerWebTest {

	/** The page each change redirects to ({@code {id}}: one of the person's applications), and its messages. */
	private static final Map<String, List<String>> MESSAGES = Map.of(
			"/account", List.of("account.password.changed"),
			"/", List.of("account.deleted"),
			"/tracker/applications/{id}", List.of("tracker.flash.created", "tracker.flash.updated",
					"tracker.flash.entryAdded", "tracker.flash.entryUpdated", "tracker.flash.entryDeleted",
					"tracker.flash.pttSaved", "tracker.flash.pttRemoved", "tracker.feed.flash.made",
					"tracker.feed.flash.removed"),
			"/tracker", List.of("tracker.flash.deleted", "tracker.feed.flash.made", "tracker.feed.flash.removed"));

	@Autowired
	private MessageSource messages;

	static Stream<Arguments> everyMessageInEveryLanguage() {
		return MESSAGES.entrySet()
			.stream()
			.flatMap((page) -> page.getValue()
				.stream()
				.flatMap((key) -> Languages.SUPPORTED.stream().map((lang) -> Arguments.of(key, page.getKey(), lang))));
	}

	@ParameterizedTest(name = "{0} on {1} ({2})")
	@MethodSource("everyMessageInEveryLanguage")
	void aChangesMessageIsTheFirstThingOfTheMainContent(String key, String page, String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		String path = page.replace("{id}", String.valueOf(fixtures.application(owner)));
		MockHttpServletRequestBuilder request = get(path).param("lang", lang)
			.flashAttr("flashMessage", key)
			.session(new MockHttpSession());
		if (!page.equals("/")) {
			request.with(user(owner));
		}
		Document shown = html(mvc.perform(request).andExpect(status().isOk()));

		assertThat(shown.select("main > p.app-flash[role=status] + h1"))
			.as("the message right above the page's heading, inside main")
			.hasSize(1);
		assertThat(shown.select(".app-flash").text())
			.isEqualTo(messages.getMessage(key, null, Locale.forLanguageTag(lang)));
	}

	/** A controller that leaves a new message, or leaves one for another page, is listed above too. */
	@Test
	void everyMessageAControllerLeavesIsListed() throws IOException {
		Set<String> left = new TreeSet<>();
		Pattern key = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				for (String line : Files.readAllLines(file)) {
					if (line.contains("addFlashAttribute(\"flashMessage\"")) {
						key.matcher(line).results().forEach((found) -> left.add(found.group(1)));
					}
				}
			}
		}
		assertThat(left).as("messages the controllers leave").hasSizeGreaterThan(10);
		assertThat(MESSAGES.values().stream().flatMap(List::stream).toList()).containsAll(left);
	}

}
