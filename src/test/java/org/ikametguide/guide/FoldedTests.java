package org.ikametguide.guide;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding for search, and marking what was found in the original text. */
class FoldedTests {

	@Test
	void turkishDottedAndDotlessIAndAccentsFold() {
		assertThat(GuideSearch.fold("İKAMET İzni ıI")).isEqualTo("ikamet izni ii");
		assertThat(GuideSearch.fold("Göç İdaresi Başkanlığı")).isEqualTo("goc idaresi baskanligi");
	}

	@Test
	void arabicAndPersianLetterFormsAndVowelSignsFold() {
		assertThat(GuideSearch.fold("الإقامة")).isEqualTo(GuideSearch.fold("الاقامه"));
		assertThat(GuideSearch.fold("تُعدّ")).isEqualTo("تعد");
		assertThat(GuideSearch.fold("پيگيري كمك")).isEqualTo(GuideSearch.fold("پیگیری کمک"));
		assertThat(GuideSearch.fold("راه‌های")).isEqualTo("راههای");
		assertThat(GuideSearch.fold("مـــدارک")).isEqualTo("مدارک");
	}

	@Test
	void digitsOfEveryScriptAndFullWidthFormsFold() {
		assertThat(GuideSearch.fold("۱۵۷ ١٥٧ １５７")).isEqualTo("157 157 157");
		assertThat(GuideSearch.fold("ＡＢＣ")).isEqualTo("abc");
	}

	@Test
	void cyrillicKeepsItsLettersButYoFolds() {
		assertThat(GuideSearch.fold("ЁЛКА Йошкар")).isEqualTo("елка йошкар");
	}

	@Test
	void aMatchIsMarkedInTheOriginalWithItsVowelSigns() {
		List<GuideSearch.Segment> segments = GuideSearch.highlight("وتُعدّ المعلومات", List.of("تعد"));
		assertThat(segments).extracting(GuideSearch.Segment::text).containsExactly("و", "تُعدّ", " المعلومات");
		assertThat(segments).extracting(GuideSearch.Segment::match).containsExactly(false, true, false);

		List<GuideSearch.Segment> turkish = GuideSearch.highlight("Göç İdaresi", GuideSearch.terms("goc idaresi"));
		assertThat(turkish).extracting(GuideSearch.Segment::text).containsExactly("Göç", " ", "İdaresi");
	}

	@Test
	void keepsTheOriginalIndexesForSnippets() {
		Folded folded = Folded.of("aُb…c");
		assertThat(folded.text()).isEqualTo("ab...c");
		assertThat(folded.originStart(1)).isEqualTo(2);
		assertThat(folded.originEnd(0)).isEqualTo(2);
		assertThat(folded.originStart(5)).isEqualTo(4);
	}

}
