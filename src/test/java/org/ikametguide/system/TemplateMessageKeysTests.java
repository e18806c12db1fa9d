package org.ikametguide.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a template names exists in messages.properties (the other languages must have the same keys:
 * {@code MessageLanguagesTests}). A key written whole, {@code #{tracker.title}}, must exist; a key built from a literal
 * start, {@code #{'tracker.kind.' + ${kind}}}, must have at least one key with that start.
 */
class TemplateMessageKeysTests {

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	/** {@code #{key}} or {@code #{key(arguments)}}. */
	static final Pattern WHOLE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");

	/** {@code #{'start.' + …}}. */
	static final Pattern KEY_START = Pattern.compile("#\\{\\s*'([A-Za-z0-9_.-]+)'\\s*\\+");

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (Path file : Templates.all()) {
			// Comments show how to call a fragment with made-up keys; they are not rendered.
			String template = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
			for (String key : matches(WHOLE_KEY, template)) {
				checked++;
				if (!messages.containsKey(key)) {
					missing.add(Templates.name(file) + ": " + key);
				}
			}
			for (String start : matches(KEY_START, template)) {
				checked++;
				if (messages.stringPropertyNames().stream().noneMatch((key) -> key.startsWith(start))) {
					missing.add(Templates.name(file) + ": " + start + "…");
				}
			}
		}
		assertThat(checked).as("keys found in the templates").isGreaterThan(100);
		assertThat(missing).as("keys the templates name that messages.properties lacks").isEmpty();
	}

	@Test
	void thePatternsFindWholeKeysKeysWithArgumentsAndKeyStarts() {
		String template = "th:text=\"#{a.b}\" th:text=\"#{c.d(${x})}\" th:text=\"#{'e.f.' + ${y}}\" th:text=\"#{${flash}}\"";
		assertThat(matches(WHOLE_KEY, template)).containsExactly("a.b", "c.d");
		assertThat(matches(KEY_START, template)).containsExactly("e.f.");
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
