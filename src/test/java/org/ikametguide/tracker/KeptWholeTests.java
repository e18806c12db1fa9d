package org.ikametguide.tracker;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ikametguide.account.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * On a narrow phone an application number such as 2026-34-1234567 must not break at a hyphen, nor the portal's
 * address in the official-portal button (or "e-İkamet" in the tracker's messages) after "e-" (in Arabic and Persian a
 * browser does that): they are kept whole as left-to-right isolates that do not wrap ({@code .app-ltr-run}), in
 * every language.
 */
class KeptWholeTests extends TrackerWebTest {

	@ParameterizedTest
	@ValueSource(strings = { "en", "tr", "ar", "fa", "ru", "zh" })
	void applicationNumbersAndThePortalAddressAreKeptWhole(String lang) throws Exception {
		AccountPrincipal owner = fixtures.account();
		String number = "2026-34-" + (1000000 + (int) (Math.random() * 8999999));
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(number, "Family permit",
				PermitType.FAMILY, ApplicationKind.FIRST, LocalDate.now(TrackerClock.TURKEY).minusDays(5), null, null));

		Document page = html(mvc.perform(get("/tracker/applications/" + id).param("lang", lang).with(user(owner))));
		assertThat(page.select("dd.app-summary-list__number bdi.app-ltr-run[dir=ltr]").text()).isEqualTo(number);
		Element button = page.selectFirst(".app-official-box a.app-button[href=https://e-ikamet.goc.gov.tr]");
		assertThat(button.select("bdi.app-ltr-run[dir=ltr]").eachText()).containsExactly("e-ikamet.goc.gov.tr");
		assertThat(page.select(".app-official-box__never bdi.app-ltr-run[dir=ltr]").eachText()).contains("e-İkamet");
		fixtures.entry(owner, id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, LocalDate.now(TrackerClock.TURKEY),
				null);
		Document asking = html(mvc.perform(get("/tracker/applications/" + id).param("lang", lang).with(user(owner))));
		assertThat(asking.select(".app-deadlines__ask bdi.app-ltr-run[dir=ltr]").eachText()).contains("e-İkamet");

		Document overview = html(mvc.perform(get("/tracker").param("lang", lang).with(user(owner))));
		assertThat(overview.select(".app-tracker-table__number bdi.app-ltr-run[dir=ltr]").text()).isEqualTo(number);
	}

}
