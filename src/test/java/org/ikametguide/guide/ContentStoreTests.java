package org.ikametguide.guide;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content store, read straight from the database, holds every passage of the seed text verbatim: the data layer
 * alone (Flyway's migrations and JPA on the profile's own database, H2 or PostgreSQL), no web layer.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ContentStoreTests {

	private static final SeedGuide SEED = SeedGuide.load();

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void seedIsReadCompletely() {
		assertThat(SEED.keyPoints()).hasSize(6);
		assertThat(SEED.steps()).hasSize(5);
		assertThat(SEED.header()).hasSize(4);
		assertThat(SEED.methods()).hasSize(3).allSatisfy((row) -> assertThat(row).hasSize(4));
		assertThat(SEED.mistakes()).hasSize(3);
		assertThat(SEED.checklist()).hasSize(6);
		assertThat(SEED.verification()).hasSize(3);
		assertThat(SEED.faq()).hasSize(8);
	}

	@Test
	void everySeedPassageIsStoredVerbatimInEnglish() {
		List<String> stored = jdbc.queryForList(
				"select content from guide_text where locale = 'en' union all "
						+ "select title from guide_section_text where locale = 'en'",
				String.class);
		assertThat(stored).containsAll(SEED.allPassages());
	}

	@Test
	void eachSectionHoldsTheSeedsCountOfItems() {
		assertThat(countItems("overview", "KEY_POINT")).isEqualTo(6);
		assertThat(countItems("overview", "PARAGRAPH")).isEqualTo(1);
		assertThat(countItems("steps", "STEP")).isEqualTo(5);
		assertThat(countItems("methods", "METHOD")).isEqualTo(3);
		assertThat(countItems("mistakes", "MISTAKE")).isEqualTo(3);
		assertThat(countItems("checklist", "CHECK")).isEqualTo(6);
		assertThat(countItems("verification", "VERIFICATION")).isEqualTo(3);
		assertThat(countItems("faq", "FAQ")).isEqualTo(8);
		assertThat(countItems("errata", "ERRATUM")).isEqualTo(7);
		assertThat(countItems("waiting", "TOPIC")).isEqualTo(8);
	}

	@Test
	void itemsKeepTheSeedOrder() {
		List<String> faqQuestions = jdbc.queryForList("select t.content from guide_text t join guide_item i on i.id = "
				+ "t.item_id join guide_section s on s.id = i.section_id where s.code = 'faq' and t.part = 'title' "
				+ "and t.locale = 'en' order by i.position", String.class);
		assertThat(faqQuestions).containsExactlyElementsOf(SEED.faq().stream().map((qa) -> qa.get(0)).toList());
		List<String> steps = jdbc.queryForList("select t.content from guide_text t join guide_item i on i.id = "
				+ "t.item_id join guide_section s on s.id = i.section_id where s.code = 'steps' and t.part = 'body' "
				+ "and t.locale = 'en' order by i.position", String.class);
		assertThat(steps).containsExactlyElementsOf(SEED.steps());
	}

	@Test
	void everySectionHasALastReviewedDateAndAnEnglishTitle() {
		assertThat(jdbc.queryForObject("select count(*) from guide_section where last_reviewed is null", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from guide_section s where not exists (select 1 from "
				+ "guide_section_text t where t.section_id = s.id and t.locale = 'en')", Integer.class))
			.isZero();
	}

	@Test
	void errataCarryTheirCorrectionsAndSources() {
		List<String> errata = jdbc.queryForList("select t.content from guide_text t join guide_item i on i.id = "
				+ "t.item_id where i.kind = 'ERRATUM' and t.part = 'body' and t.locale = 'en' order by i.position",
				String.class);
		assertThat(errata.get(0)).contains("Presidency of Migration Management", "Göç İdaresi Başkanlığı",
				"October 2021", "goc.gov.tr");
		assertThat(errata.get(1)).contains("application number", "phone number or e-mail address",
				"passport or foreign-ID number", "captcha");
		assertThat(errata.get(2)).contains("YİMER 157", "24 hours", "Turkish, English, Arabic, Persian and Russian");
		assertThat(jdbc.queryForObject("select count(*) from guide_item where kind = 'ERRATUM' and (source_url is null "
				+ "or refs is null)", Integer.class)).isZero();
	}

	private int countItems(String section, String kind) {
		return jdbc.queryForObject("select count(*) from guide_item i join guide_section s on s.id = i.section_id "
				+ "where s.code = ? and i.kind = ?", Integer.class, section, kind);
	}

}
