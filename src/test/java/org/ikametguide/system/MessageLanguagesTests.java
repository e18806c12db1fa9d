package org.ikametguide.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in every language. The files are read as they are, so a key a colleague adds to
 * messages.properties fails here until every language has it. Also: the files are read as UTF-8 by the application,
 * placeholders survive translation and every message with arguments formats.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MessageLanguagesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	/** Keys that are the same in every language: addresses, names of languages in themselves. */
	private static final Pattern SAME_EVERYWHERE = Pattern.compile("link\\..*|language\\..*");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

	@Autowired
	private MessageSource messageSource;

	static List<String> translations() {
		return Languages.SUPPORTED.subList(1, Languages.SUPPORTED.size());
	}

	@ParameterizedTest
	@MethodSource("translations")
	void everyKeyIsTranslatedAndNoFileHasExtraKeys(String language) throws IOException {
		Properties english = read("messages.properties");
		Properties translated = read("messages_" + language + ".properties");
		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(translated.stringPropertyNames());
		Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
		extra.removeAll(english.stringPropertyNames());
		List<String> blank = translated.stringPropertyNames()
			.stream()
			.filter((key) -> translated.getProperty(key).isBlank())
			.sorted()
			.toList();
		assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
		assertThat(extra).as("keys in messages_%s.properties that English does not have", language).isEmpty();
		assertThat(blank).as("empty texts in messages_%s.properties", language).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("translations")
	void textsAreTranslatedIntoTheLanguagesScript(String language) throws IOException {
		Properties english = read("messages.properties");
		Properties translated = read("messages_" + language + ".properties");
		List<String> problems = new ArrayList<>();
		for (String key : new TreeSet<>(translated.stringPropertyNames())) {
			String text = translated.getProperty(key);
			boolean hasLetters = english.getProperty(key, "").codePoints().anyMatch(Character::isLetter);
			if (SAME_EVERYWHERE.matcher(key).matches() || !hasLetters) {
				continue;
			}
			if (text.equals(english.getProperty(key))) {
				problems.add(key + " is still English");
			}
			else if (!Scripts.hasLetterIn(text, Scripts.OF_LANGUAGE.get(language))) {
				problems.add(key + " has no letter in " + Scripts.OF_LANGUAGE.get(language) + ": " + text);
			}
			if (language.equals("ar") && Scripts.count(text, Scripts.PERSIAN_LETTERS) > 0) {
				problems.add(key + " has Persian letter forms: " + text);
			}
			if (language.equals("fa") && Scripts.count(text, Scripts.ARABIC_ONLY_LETTERS) > 0) {
				problems.add(key + " has Arabic letter forms (ي ك ة): " + text);
			}
		}
		assertThat(problems).isEmpty();
		if (language.equals("tr")) {
			String all = String.join(" ", translated.stringPropertyNames().stream().map(translated::getProperty).toList());
			assertThat(Scripts.count(all, Scripts.TURKISH_LETTERS)).isGreaterThan(100);
		}
	}

	@Test
	void languageNamesAreTheSameAutonymsInEveryFile() throws IOException {
		Properties english = read("messages.properties");
		for (String language : Languages.SUPPORTED) {
			String autonym = english.getProperty("language." + language);
			Locale locale = Locale.forLanguageTag(language);
			assertThat(autonym).isEqualToIgnoringCase(locale.getDisplayLanguage(locale));
			for (String other : translations()) {
				assertThat(read("messages_" + other + ".properties").getProperty("language." + language))
					.as("language.%s in messages_%s", language, other)
					.isEqualTo(autonym);
			}
		}
	}

	/** The application reads the files as UTF-8: what it answers is, character for character, what the file holds. */
	@ParameterizedTest
	@MethodSource("translations")
	void theApplicationReadsTheFilesAsUtf8(String language) throws IOException {
		Properties translated = read("messages_" + language + ".properties");
		for (String key : translated.stringPropertyNames()) {
			assertThat(messageSource.getMessage(key, null, Languages.locale(language)))
				.as("%s in %s", key, language)
				.isEqualTo(translated.getProperty(key));
		}
		assertThat(messageSource.getMessage("language.zh", null, Locale.ENGLISH)).isEqualTo("中文");
	}

	/**
	 * A translation keeps the English text's arguments, formats without error (a lone ' would swallow the rest of a
	 * MessageFormat pattern, so it must be doubled, or better a typographic ’), and shows every argument.
	 */
	@ParameterizedTest
	@MethodSource("translations")
	void messagesWithArgumentsKeepAndShowThem(String language) throws IOException {
		Properties english = read("messages.properties");
		Properties translated = read("messages_" + language + ".properties");
		for (String key : english.stringPropertyNames()) {
			String source = english.getProperty(key);
			Set<Integer> arguments = arguments(source);
			if (arguments.isEmpty()) {
				continue;
			}
			String text = translated.getProperty(key);
			assertThat(arguments(text)).as("arguments of %s in %s", key, language).isEqualTo(arguments);
			assertThat(text.replace("''", "")).as("lone apostrophe in %s (%s)", key, language).doesNotContain("'");
			for (int count : new int[] { 1, 2, 5, 12 }) {
				Object[] values = sampleArguments(source, arguments.size(), count);
				String formatted = messageSource.getMessage(key, values, Languages.locale(language));
				assertThat(formatted).as("%s in %s", key, language).doesNotContain("{", "}");
				for (Object value : values) {
					if (value instanceof String string) {
						assertThat(formatted).contains(string);
					}
				}
			}
		}
	}

	@Test
	void theRussianAndArabicResultCountsReadNaturally() {
		Locale arabic = Languages.locale("ar");
		assertThat(messageSource.getMessage("search.count", new Object[] { 1, "x" }, arabic)).startsWith("نتيجة واحدة");
		assertThat(messageSource.getMessage("search.count", new Object[] { 2, "x" }, arabic)).startsWith("نتيجتان");
		assertThat(messageSource.getMessage("search.count", new Object[] { 5, "x" }, arabic)).startsWith("5 نتائج");
		assertThat(messageSource.getMessage("search.count", new Object[] { 12, "x" }, arabic)).startsWith("12 نتيجة");
		assertThat(messageSource.getMessage("search.count", new Object[] { 12, "x" }, Languages.locale("fa")))
			.startsWith("۱۲ نتیجه");
		assertThat(messageSource.getMessage("search.count", new Object[] { 1, "x" }, Locale.ENGLISH))
			.isEqualTo("1 result for “x”");
	}

	@Test
	void theCheckCatchesAMissingKey() {
		Properties english = new Properties();
		english.setProperty("a", "A");
		english.setProperty("b", "B");
		Properties translated = new Properties();
		translated.setProperty("a", "А");
		Set<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(translated.stringPropertyNames());
		assertThat(missing).containsExactly("b");
		assertThat(arguments("{0,choice,1#1 result|1<{0,number,integer} results} for “{1}”")).containsExactly(0, 1);
	}

	private static Object[] sampleArguments(String englishPattern, int size, int count) {
		Object[] values = new Object[size];
		for (int i = 0; i < size; i++) {
			boolean numeric = englishPattern.contains("{" + i + ",choice") || englishPattern.contains("{" + i + ",number");
			values[i] = numeric ? count : "ARG" + i;
		}
		return values;
	}

	private static Set<Integer> arguments(String pattern) {
		Set<Integer> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			arguments.add(Integer.parseInt(matcher.group(1)));
		}
		// MessageFormat must accept the pattern too.
		new MessageFormat(pattern);
		return arguments;
	}

	static Properties read(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
