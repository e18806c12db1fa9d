package org.ikametguide.tracker;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Adding, showing, editing and deleting an application, as a user sees it. */
class ApplicationPagesTests extends TrackerWebTest {

	@Test
	void creatingAnApplicationRedirectsToItsPage() throws Exception {
		AccountPrincipal owner = fixtures.account();
		var created = mvc
			.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
				.param("applicationNumber", " ab 12-345/6 ")
				.param("label", "Spouse’s family permit")
				.param("permitType", "FAMILY")
				.param("kind", "FIRST")
				.param("submittedOn", TrackerFixtures.today().minusDays(12).toString())
				.param("office", "İstanbul"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/tracker/applications/*"))
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();

		Document page = html(mvc.perform(get(location).with(user(owner))
			.flashAttrs(created.getFlashMap())
			.with(sessionOf(created)))
			.andExpect(status().isOk()));
		assertThat(page.select("h1").text()).isEqualTo("Spouse’s family permit");
		assertThat(page.select(".app-summary-list__number").text()).isEqualTo("AB12-345/6");
		assertThat(page.select(".app-flash").text()).contains("The application has been added.");
		assertThat(page.select("main").text()).contains("Family residence permit", "First application", "İstanbul",
				"12 days since submission", "up to 90 days");
		assertThat(page.select("main a[href=https://e-ikamet.goc.gov.tr]")).isNotEmpty();
		assertThat(page.select("main").text())
			.contains("This site never asks for your e-İkamet login, your passport number or your ID number");
		assertThat(page.select("main time[datetime]").eachAttr("datetime"))
			.contains(TrackerFixtures.today().minusDays(12).toString());
		LocalDate submitted = TrackerFixtures.today().minusDays(12);
		assertThat(page.select(".app-summary-list time").first().text())
			.isEqualTo(submitted.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
					java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.ENGLISH)));
	}

	@Test
	void theFormsHaveNoFieldForCredentialsPassportOrIdNumbers() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		for (String url : new String[] { "/tracker/applications/new", "/tracker/applications/" + id,
				"/tracker/applications/" + id + "/edit" }) {
			Document page = html(mvc.perform(get(url).with(user(owner))).andExpect(status().isOk()));
			assertThat(page.select("main input, main select, main textarea").eachAttr("name"))
				.as(url)
				.noneMatch((name) -> name.matches("(?i).*(password|passport|identity|idnumber|tckn|kimlik|captcha).*"))
				.allMatch((name) -> name.matches("_csrf|applicationNumber|label|permitType|kind|submittedOn|office|"
						+ "validUntil|version|status|date|note|dueDate"));
		}
	}

	@Test
	void anEmptyFormIsShownAgainWithASummaryAndAMessageBesideEachField() throws Exception {
		AccountPrincipal owner = fixtures.account();
		Document page = html(mvc
			.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
				.param("applicationNumber", "")
				.param("label", "My student permit")
				.param("permitType", "")
				.param("kind", "")
				.param("submittedOn", ""))
			.andExpect(status().isOk()));

		Element summary = page.selectFirst(".app-error-summary[role=alert]");
		assertThat(summary).isNotNull();
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#applicationNumber", "#permitType",
				"#kind", "#submittedOn");
		assertThat(summary.text()).contains("Enter the application number.", "Choose the type of permit.",
				"Choose the kind of application.", "Enter the day you submitted the application.");
		Element numberError = page.selectFirst("#applicationNumber-error");
		assertThat(numberError.select(".app-visually-hidden").text()).isEqualTo("Error:");
		assertThat(numberError.text()).contains("Enter the application number.");
		assertThat(page.selectFirst("#applicationNumber").attr("aria-describedby")).contains("applicationNumber-error");
		FieldErrorLinks.assertEachErrorIsLinked(page);
		assertThat(page.selectFirst("#label").val()).isEqualTo("My student permit");
		assertThat(page.selectFirst("label[for=label]")).isNotNull();
		assertThat(fixtures.applicationCount(owner)).isZero();
	}

	@Test
	void badNumbersAndFutureDatesAreRefusedWithTheInputKept() throws Exception {
		AccountPrincipal owner = fixtures.account();
		String tomorrow = TrackerFixtures.today().plusDays(1).toString();
		Document page = html(mvc
			.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
				.param("applicationNumber", "AB_12")
				.param("label", "x".repeat(101))
				.param("permitType", "LONG_TERM")
				.param("kind", "EXTENSION")
				.param("submittedOn", tomorrow)
				.param("validUntil", "not-a-date"))
			.andExpect(status().isOk()));

		assertThat(page.select("#applicationNumber-error").text())
			.contains("5 to 30 letters, digits, - or /");
		assertThat(page.select("#label-error").text()).contains("100 characters or fewer");
		assertThat(page.select("#submittedOn-error").text()).contains("cannot be in the future");
		assertThat(page.select("#validUntil-error").text()).contains("Enter a real date");
		assertThat(page.selectFirst("#applicationNumber").val()).isEqualTo("AB_12");
		assertThat(page.selectFirst("#submittedOn").val()).isEqualTo(tomorrow);
		assertThat(page.selectFirst("#validUntil").val()).isEqualTo("not-a-date");
		assertThat(page.selectFirst("#permitType option[selected]").val()).isEqualTo("LONG_TERM");
		assertThat(fixtures.applicationCount(owner)).isZero();
	}

	@Test
	void aDuplicateNumberLinksToTheApplicationAlreadyTracked() throws Exception {
		AccountPrincipal owner = fixtures.account();
		String number = TrackerFixtures.uniqueNumber();
		long existing = tracker.create(owner.getAccountId(), TrackerFixtures.details(number));
		Document page = html(mvc
			.perform(post("/tracker/applications/new").with(user(owner)).with(csrf())
				.param("applicationNumber", number.toLowerCase())
				.param("label", "Again")
				.param("permitType", "STUDENT")
				.param("kind", "FIRST")
				.param("submittedOn", TrackerFixtures.today().toString()))
			.andExpect(status().isOk()));

		assertThat(page.select("#applicationNumber-error").text()).contains("You already track an application");
		assertThat(page.select("main a[href=/tracker/applications/" + existing + "]")).isNotEmpty();
		assertThat(fixtures.applicationCount(owner)).isOne();
	}

	@Test
	void theSameNumberMayBeTrackedByTwoPeople() throws Exception {
		String number = TrackerFixtures.uniqueNumber();
		AccountPrincipal first = fixtures.account();
		AccountPrincipal second = fixtures.account();
		tracker.create(first.getAccountId(), TrackerFixtures.details(number));
		tracker.create(second.getAccountId(), TrackerFixtures.details(number));
		assertThat(fixtures.applicationCount(second)).isOne();
	}

	@Test
	void editingSavesAndRedirects() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		Document form = html(mvc.perform(get("/tracker/applications/" + id + "/edit").with(user(owner))));
		assertThat(form.selectFirst("#label").val()).isEqualTo("Family permit");
		String version = form.selectFirst("input[name=version]").val();
		LocalDate validUntil = TrackerFixtures.today().plusDays(70);

		mvc.perform(post("/tracker/applications/" + id + "/edit").with(user(owner)).with(csrf())
			.param("applicationNumber", form.selectFirst("#applicationNumber").val())
			.param("label", "Renamed")
			.param("permitType", "FAMILY")
			.param("kind", "EXTENSION")
			.param("submittedOn", form.selectFirst("#submittedOn").val())
			.param("validUntil", validUntil.toString())
			.param("version", version))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tracker/applications/" + id));

		Document page = html(mvc.perform(get("/tracker/applications/" + id).with(user(owner))));
		assertThat(page.select("h1").text()).isEqualTo("Renamed");
		assertThat(page.select("main").text()).contains("Extension", "You may apply for an extension from");
		assertThat(page.select(".app-deadlines time").eachAttr("datetime"))
			.containsExactly(validUntil.minusDays(60).toString(), validUntil.toString());
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheApplicationAndItsEntries() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today(), null);

		Document confirm = html(mvc.perform(get("/tracker/applications/" + id + "/delete").with(user(owner)))
			.andExpect(status().isOk()));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete this application?");
		assertThat(confirm.select(".app-warning").text()).contains("1 entry", "cannot be undone");
		assertThat(fixtures.applicationCount(owner)).isOne();

		mvc.perform(post("/tracker/applications/" + id + "/delete").with(user(owner)).with(csrf())
			.param("version", confirm.selectFirst("input[name=version]").val()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tracker"));
		assertThat(fixtures.applicationCount(owner)).isZero();
		assertThat(fixtures.entryCount(owner)).isZero();
	}

	@Test
	void markupInALabelIsShownAsText() throws Exception {
		AccountPrincipal owner = fixtures.account();
		String label = "<b onmouseover=alert(1)>bold</b><script>alert('x')</script>";
		long id = tracker.create(owner.getAccountId(), new ApplicationDetails(TrackerFixtures.uniqueNumber(), label,
				PermitType.OTHER, ApplicationKind.TRANSFER, TrackerFixtures.today(), null, null));
		for (String url : new String[] { "/tracker", "/tracker/applications/" + id,
				"/tracker/applications/" + id + "/delete" }) {
			String body = mvc.perform(get(url).with(user(owner))).andReturn().getResponse().getContentAsString();
			assertThat(body).as(url).doesNotContain("<script>alert").doesNotContain("<b onmouseover");
			Document page = html(body);
			assertThat(page.select("main script, main b")).as(url).isEmpty();
			assertThat(page.select("main").text()).as(url).contains(label);
		}
	}

}
