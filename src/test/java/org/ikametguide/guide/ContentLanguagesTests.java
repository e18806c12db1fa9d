package org.ikametguide.guide;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ikametguide.system.Languages;
import org.ikametguide.system.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the English content store (every item part and section title, in every section: the guide, the
 * editor's notes and whatever is added later, such as the tracker's status meanings) exists in every language,
 * read straight from the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentLanguagesTests {

	@Autowired
	private JdbcTemplate jdbc;

	static List<String> translations() {
		return Languages.SUPPORTED.subList(1, Languages.SUPPORTED.size());
	}

	@ParameterizedTest
	@MethodSource("translations")
	void everyEnglishTextAndSectionTitleHasATranslation(String language) {
		List<String> missingTexts = jdbc.queryForList("select s.code || '/' || i.item_key || '/' || e.part "
				+ "from guide_text e join guide_item i on i.id = e.item_id join guide_section s on s.id = i.section_id "
				+ "where e.locale = 'en' and not exists (select 1 from guide_text t where t.item_id = e.item_id "
				+ "and t.part = e.part and t.locale = ? and trim(t.content) <> '') order by 1", String.class, language);
		List<String> missingTitles = jdbc.queryForList("select s.code from guide_section s "
				+ "where exists (select 1 from guide_section_text e where e.section_id = s.id and e.locale = 'en') "
				+ "and not exists (select 1 from guide_section_text t where t.section_id = s.id and t.locale = ? "
				+ "and trim(t.title) <> '') order by 1", String.class, language);
		assertThat(missingTexts).as("texts without a %s translation", language).isEmpty();
		assertThat(missingTitles).as("section titles without a %s translation", language).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("translations")
	void noTranslationHasATextThatEnglishDoesNotHave(String language) {
		List<String> extra = jdbc.queryForList("select t.item_id || '/' || t.part from guide_text t where t.locale = ? "
				+ "and not exists (select 1 from guide_text e where e.item_id = t.item_id and e.part = t.part "
				+ "and e.locale = 'en')", String.class, language);
		assertThat(extra).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("translations")
	void translationsAreWrittenInTheLanguageNotCopiedFromEnglish(String language) {
		UnicodeScript script = Scripts.OF_LANGUAGE.get(language);
		List<String> problems = new ArrayList<>();
		for (Map<String, Object> row : jdbc.queryForList("select t.item_id, t.part, t.content, e.content as english "
				+ "from guide_text t join guide_text e on e.item_id = t.item_id and e.part = t.part and e.locale = 'en' "
				+ "where t.locale = ?", language)) {
			String text = (String) row.get("content");
			String where = row.get("item_id") + "/" + row.get("part");
			if (text.equals(row.get("english"))) {
				problems.add(where + " is the English text");
			}
			else if (script != UnicodeScript.LATIN && !Scripts.hasLetterIn(text, script)) {
				problems.add(where + " has no letter in " + script);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void arabicAndPersianUseTheirOwnLetterForms() {
		String arabic = String.join(" ", texts("ar"));
		String persian = String.join(" ", texts("fa"));
		assertThat(Scripts.count(arabic, Scripts.PERSIAN_LETTERS)).isZero();
		assertThat(Scripts.count(persian, Scripts.ARABIC_ONLY_LETTERS)).isZero();
		assertThat(Scripts.count(persian, Scripts.PERSIAN_LETTERS)).isGreaterThan(100);
	}

	@Test
	void turkishUsesTheOfficialTerms() {
		String turkish = String.join(" ", texts("tr"));
		assertThat(turkish).contains("ikamet izni", "e-İkamet", "Göç İdaresi Başkanlığı", "İl Göç İdaresi Müdürlüğü",
				"YİMER 157");
		assertThat(Scripts.count(turkish, Scripts.TURKISH_LETTERS)).isGreaterThan(500);
	}

	private List<String> texts(String language) {
		List<String> texts = new ArrayList<>(
				jdbc.queryForList("select content from guide_text where locale = ?", String.class, language));
		texts.addAll(jdbc.queryForList("select title from guide_section_text where locale = ?", String.class, language));
		return texts;
	}

}
