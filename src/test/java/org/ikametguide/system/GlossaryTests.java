package org.ikametguide.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary per language: no content text (guide, statuses, section titles) and no UI message of a language
 * uses a wrong variant that docs/glossary.md lists for it ("Words to avoid"). The glossary is the one definition of
 * the rule: a translator adds a row there, and this test enforces it.
 */
@SpringBootTest
@AutoConfigureMockMvc // the configuration of the other whole-app tests: one context for them all
class GlossaryTests {

	private static final Path GLOSSARY = Path.of("docs/glossary.md");

	/** A row of the "Words to avoid" table: | lang | `pattern` | use instead | why |. */
	private static final Pattern AVOID_ROW = Pattern.compile("^\\| (\\w\\w) \\| `(.+?)` \\|");

	@Autowired
	private JdbcTemplate jdbc;

	record Avoid(String lang, Pattern pattern) {
	}

	static List<Avoid> avoidList() throws IOException {
		List<Avoid> avoid = new ArrayList<>();
		boolean inTable = false;
		for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
			if (line.startsWith("## ")) {
				inTable = line.equals("## Words to avoid");
			}
			// "\|" is a pipe inside a Markdown table cell.
			Matcher row = AVOID_ROW.matcher(line.replace("\\|", "\u0000"));
			if (inTable && row.find()) {
				avoid.add(new Avoid(row.group(1), Pattern.compile(row.group(2).replace('\u0000', '|'))));
			}
		}
		return avoid;
	}

	static Stream<Arguments> translations() {
		return Languages.SUPPORTED.stream().skip(1).map(Arguments::of);
	}

	@Test
	void theGlossaryListsWrongVariantsForEveryTranslation() throws IOException {
		List<String> languages = avoidList().stream().map(Avoid::lang).distinct().toList();
		assertThat(languages).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED.stream().skip(1).toList());
	}

	@ParameterizedTest
	@MethodSource("translations")
	void noContentTextAndNoMessageUsesAWrongVariant(String lang) throws IOException {
		List<Map<String, Object>> texts = new ArrayList<>(jdbc.queryForList(
				"select 'guide_text ' || item_id || '/' || part as place, content as text from guide_text where locale = ?",
				lang));
		texts.addAll(jdbc.queryForList("select 'section ' || section_id as place, title as text "
				+ "from guide_section_text where locale = ?", lang));
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/messages_" + lang + ".properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		messages.forEach((key, value) -> texts.add(Map.of("place", "message " + key, "text", value)));

		List<String> found = new ArrayList<>();
		for (Avoid avoid : avoidList()) {
			if (!avoid.lang().equals(lang)) {
				continue;
			}
			for (Map<String, Object> text : texts) {
				Matcher matcher = avoid.pattern().matcher(text.get("text").toString());
				if (matcher.find()) {
					found.add(text.get("place") + ": \"" + matcher.group() + "\" (" + avoid.pattern() + ")");
				}
			}
		}
		assertThat(found).as("wrong variants in " + lang + " (see docs/glossary.md)").isEmpty();
	}

}
