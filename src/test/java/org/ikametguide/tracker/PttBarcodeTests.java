package org.ikametguide.tracker;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The card's PTT shipment barcode (issue 14 §4): offered while the card is with PTT, kept for its owner alone, shown
 * with the way to what to do if the card does not come, never logged and never in the calendar.
 */
@ExtendWith(OutputCaptureExtension.class)
class PttBarcodeTests extends TrackerWebTest {

	@Autowired
	private MessageSource messages;

	private long cardWithPtt(AccountPrincipal owner) {
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.HANDED_TO_PTT, TrackerFixtures.today().minusDays(1), null);
		return id;
	}

	private String barcode(AccountPrincipal owner, long id) {
		return jdbc.queryForObject("select ptt_barcode from tracked_application where id = ? and owner_id = ?",
				String.class, id, owner.getAccountId());
	}

	@Test
	void theFieldIsOfferedOnlyWhileTheCardIsWithPtt() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.APPROVED_PRINTING, TrackerFixtures.today().minusDays(3), null);
		String path = "/tracker/applications/" + id;
		assertThat(html(mvc.perform(get(path).with(user(owner)))).select("#ptt, input#barcode")).isEmpty();
		fixtures.entry(owner, id, ApplicationStatus.HANDED_TO_PTT, TrackerFixtures.today(), null);
		Document page = html(mvc.perform(get(path).with(user(owner))));
		assertThat(page.select("#ptt form input#barcode")).hasSize(1);
		assertThat(page.select("#ptt a[href=/waiting#card]").text()).isEqualTo("What to do if the card does not come");
	}

	@Test
	void aBarcodeIsKeptInCapitalsWithoutSpacesAndShownToItsOwner() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = cardWithPtt(owner);
		long version = tracker.application(owner.getAccountId(), id).getVersion();
		MvcResult saved = mvc
			.perform(post("/tracker/applications/" + id + "/ptt-barcode").with(user(owner)).with(csrf())
				.param("barcode", " rr 1234 5678 9tr "))
			.andExpect(redirectedUrl("/tracker/applications/" + id + "#ptt"))
			.andReturn();
		assertThat(barcode(owner, id)).isEqualTo("RR123456789TR");
		assertThat(tracker.application(owner.getAccountId(), id).getVersion()).as("an edit form opened before stays valid")
			.isEqualTo(version);
		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))
			.flashAttrs(saved.getFlashMap())
			.with(sessionOf(saved))));
		assertThat(page.select(".app-flash").text()).isEqualTo("The barcode has been saved.");
		assertThat(page.select("#ptt .app-ptt__code").text()).isEqualTo("RR123456789TR");
		assertThat(page.select("#ptt input#barcode").val()).isEqualTo("RR123456789TR");

		mvc.perform(post("/tracker/applications/" + id + "/ptt-barcode").with(user(owner)).with(csrf())
			.param("barcode", ""))
			.andExpect(redirectedUrl("/tracker/applications/" + id + "#ptt"));
		assertThat(barcode(owner, id)).isNull();
	}

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void aBadBarcodeIsRefusedBesideTheFieldWithWhatWasTypedKept(String language) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = cardWithPtt(owner);
		for (String bad : new String[] { "RR12-345", "short", "x".repeat(31), "<script>1234567" }) {
			Document page = html(mvc
				.perform(post("/tracker/applications/" + id + "/ptt-barcode").param("lang", language)
					.with(user(owner))
					.with(csrf())
					.param("barcode", bad))
				.andExpect(status().isOk()));
			String message = messages.getMessage("tracker.ptt.barcode.invalid", null, Languages.locale(language));
			assertThat(page.select("#barcode-error").text()).as(bad).contains(message);
			assertThat(page.select("#ptt .app-error-summary a[href=#barcode]").text()).isEqualTo(message);
			assertThat(page.select("input#barcode").val()).isEqualTo(bad);
			assertThat(page.select("input#barcode").attr("aria-describedby")).contains("barcode-error");
			assertThat(page.select("#record .app-error-summary")).as("the status form has no errors").isEmpty();
			assertThat(barcode(owner, id)).isNull();
		}
	}

	@Test
	void anotherOwnersApplicationIsNotFoundAndKeepsItsBarcode() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = cardWithPtt(owner);
		tracker.setPttBarcode(owner.getAccountId(), id, "RR123456789TR");
		AccountPrincipal intruder = fixtures.account();
		mvc.perform(post("/tracker/applications/" + id + "/ptt-barcode").with(user(intruder)).with(csrf())
			.param("barcode", "AB12345678"))
			.andExpect(status().isNotFound());
		assertThat(barcode(owner, id)).isEqualTo("RR123456789TR");
	}

	@Test
	void theBarcodeIsNeverLoggedNorInTheCalendar(CapturedOutput output) throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = cardWithPtt(owner);
		String secret = "ZQ" + System.nanoTime();
		mvc.perform(post("/tracker/applications/" + id + "/ptt-barcode").with(user(owner)).with(csrf())
			.param("barcode", secret + "-bad"));
		mvc.perform(post("/tracker/applications/" + id + "/ptt-barcode").with(user(owner)).with(csrf())
			.param("barcode", secret));
		assertThat(barcode(owner, id)).isEqualTo(secret);
		String calendar = mvc.perform(get("/tracker/applications/" + id + "/calendar.ics").with(user(owner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(calendar).contains("BEGIN:VCALENDAR").doesNotContain(secret);
		// The capture does see the application's log output.
		org.slf4j.LoggerFactory.getLogger(PttBarcodeController.class).warn("log-capture-check");
		assertThat(output.getAll()).contains("log-capture-check").doesNotContain(secret);
	}

}
