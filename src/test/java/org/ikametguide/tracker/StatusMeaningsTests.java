package org.ikametguide.tracker;

import java.util.stream.Stream;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the application page says a status means, in each language: no invented period. "Additional documents
 * required" says that the notice in e-İkamet states the deadline (up to 30 days from the date shown there, else the
 * application is removed from processing); "in review" gives the law's 90 days and YİMER's guidance of 180 days as
 * what they are. Each links to its topic on /waiting.
 */
class StatusMeaningsTests extends TrackerWebTest {

	static Stream<Arguments> languages() {
		return Languages.SUPPORTED.stream().map(Arguments::of);
	}

	@ParameterizedTest
	@MethodSource("languages")
	void additionalDocumentsRequiredSaysTheNoticeStatesTheDeadline(String lang) throws Exception {
		Element meaning = currentStatus(ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, lang);
		String text = westernDigits(meaning.select(".app-meaning").text());
		assertThat(text).contains("e-İkamet", "30");
		assertThat(meaning.select(".app-meaning__guide a").attr("href")).isEqualTo("/waiting#missing-documents");
		if ("en".equals(lang)) {
			assertThat(text).contains("counted from the date shown in the notice", "removed from processing")
				.doesNotContain("usual period");
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void inReviewGivesTheLawsPeriodAndYimersGuidanceAsWhatTheyAre(String lang) throws Exception {
		Element meaning = currentStatus(ApplicationStatus.IN_REVIEW, lang);
		assertThat(westernDigits(meaning.select(".app-meaning").text())).contains("90", "180", "YİMER");
		assertThat(meaning.select(".app-meaning__guide a").attr("href")).isEqualTo("/waiting#how-long");
		if ("en".equals(lang)) {
			assertThat(meaning.text()).contains("YİMER’s guidance").doesNotContain("statutory");
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void rejectedLinksToTheRefusalTopic(String lang) throws Exception {
		Element meaning = currentStatus(ApplicationStatus.REJECTED, lang);
		assertThat(meaning.select(".app-meaning__guide a").attr("href")).isEqualTo("/waiting#refusal");
	}

	private Element currentStatus(ApplicationStatus status, String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, status, TrackerFixtures.today().minusDays(3), null);
		return html(mvc.perform(get("/tracker/applications/" + id).param("lang", lang).with(user(owner))))
			.getElementById("status-" + status.contentKey());
	}

	/** Persian pages write numbers in Persian digits. */
	private static String westernDigits(String text) {
		StringBuilder western = new StringBuilder();
		text.codePoints().map((c) -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c).forEach(western::appendCodePoint);
		return western.toString();
	}

}
