package org.ikametguide.tracker;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;
import org.ikametguide.system.PublicAddress;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The application form's web layer alone (petclinic's OwnerControllerTests): the service is a mock, so a test sees
 * exactly what the controller asks of it, and above all that a form sent with errors stores nothing. The whole way
 * through to the database is {@link ApplicationPagesTests}, on H2 and PostgreSQL.
 */
@WebMvcTest(ApplicationController.class)
@Import({ TrackerValidation.class, TrackerClock.class, PublicAddress.class })
class ApplicationControllerTests {

	private static final long OWNER = 7;

	private static final long APPLICATION = 42;

	private final AccountPrincipal owner = new AccountPrincipal(OWNER, "owner", "{noop}not-used");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MessageSource messages;

	@MockitoBean
	private TrackerService tracker;

	@MockitoBean
	private ApplicationPage page;

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void initCreationFormShowsEveryFieldWithItsLabel(String lang) throws Exception {
		Document form = html(mvc.perform(get("/tracker/applications/new").param("lang", lang).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationController.FORM_VIEW)));
		for (String field : new String[] { "applicationNumber", "label", "permitType", "kind", "submittedOn", "office",
				"validUntil" }) {
			assertThat(form.select("main label[for=" + field + "]").text()).as(field).isNotBlank();
			assertThat(form.select("main #" + field)).as(field).hasSize(1);
		}
		assertThat(form.text()).doesNotContain("??");
	}

	@ParameterizedTest
	@FieldSource("org.ikametguide.system.Languages#SUPPORTED")
	void processCreationFormWithErrorsKeepsWhatWasTypedExplainsBesideTheFieldAndStoresNothing(String lang)
			throws Exception {
		Document form = html(mvc.perform(creation(lang).param("applicationNumber", "no")
			.param("label", "")
			.param("office", "Kadıköy"))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationController.FORM_VIEW)));
		Locale locale = Languages.locale(lang);

		assertThat(form.select("#applicationNumber").val()).as("as typed, spaces removed and upper case")
			.isEqualTo("NO");
		assertThat(form.select("#office").val()).isEqualTo("Kadıköy");
		assertThat(form.select("#applicationNumber-error").text())
			.contains(messages.getMessage("tracker.application.applicationNumber.invalid", null, locale));
		assertThat(form.select("#label-error").text())
			.contains(messages.getMessage("tracker.application.label.required", null, locale));
		assertThat(form.select(".app-error-summary a").eachAttr("href")).contains("#applicationNumber", "#label",
				"#permitType", "#kind", "#submittedOn");
		verify(tracker, never()).create(anyLong(), any());
	}

	@Test
	void processCreationFormSuccessStoresTheNormalisedDetailsAndRedirectsWithAMessage() throws Exception {
		given(tracker.create(eq(OWNER), any())).willReturn(APPLICATION);
		mvc.perform(filledIn(creation("en"), " ab 12-345/6 ", "Family permit", TrackerFixtures.today().minusDays(3))
			.param("office", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tracker/applications/" + APPLICATION))
			.andExpect(flash().attribute("flashMessage", "tracker.flash.created"));
		verify(tracker).create(OWNER, new ApplicationDetails("AB12-345/6", "Family permit", PermitType.FAMILY,
				ApplicationKind.FIRST, TrackerFixtures.today().minusDays(3), null, null));
	}

	@Test
	void aNumberAlreadyTrackedIsExplainedBesideTheFieldWithALinkToTheOtherApplication() throws Exception {
		given(tracker.create(eq(OWNER), any())).willThrow(new DuplicateApplicationNumberException());
		given(tracker.applicationIdByNumber(OWNER, "AB12345")).willReturn(Optional.of(5L));
		Document form = html(mvc.perform(filledIn(creation("en"), "ab12345", "Family permit", TrackerFixtures.today()))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationController.FORM_VIEW)));
		assertThat(form.select("#applicationNumber-error").text())
			.contains("You already track an application with this number.");
		assertThat(form.select("main a[href=/tracker/applications/5]")).isNotEmpty();
	}

	@Test
	void anEditMadeStaleByAnotherTabKeepsWhatWasTypedAndSaysSo() throws Exception {
		TrackedApplication stored = mock(TrackedApplication.class);
		given(stored.getId()).willReturn(APPLICATION);
		given(stored.getVersion()).willReturn(4L);
		given(stored.getLabel()).willReturn("Family permit");
		given(tracker.application(OWNER, APPLICATION)).willReturn(stored);
		willThrow(new ObjectOptimisticLockingFailureException(TrackedApplication.class, APPLICATION)).given(tracker)
			.update(eq(OWNER), eq(APPLICATION), eq(3L), any());
		MockHttpServletRequestBuilder edit = post("/tracker/applications/" + APPLICATION + "/edit").with(user(owner))
			.with(csrf())
			.param("version", "3");
		Document form = html(mvc.perform(filledIn(edit, "AB12345", "Renamed in this tab", TrackerFixtures.today()))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationController.FORM_VIEW)));
		assertThat(form.select("#label").val()).isEqualTo("Renamed in this tab");
		assertThat(form.select("input[name=version]").val()).as("the next save is made knowingly").isEqualTo("4");
		assertThat(form.select(".app-error-summary").text())
			.contains(messages.getMessage("tracker.conflict.application", null, Locale.ENGLISH));
	}

	private MockHttpServletRequestBuilder creation(String lang) {
		return post("/tracker/applications/new").param("lang", lang).with(user(owner)).with(csrf());
	}

	/** The form's required fields filled in as a person would, a family permit's first application. */
	private static MockHttpServletRequestBuilder filledIn(MockHttpServletRequestBuilder request, String number,
			String label, LocalDate submittedOn) {
		return request.param("applicationNumber", number)
			.param("label", label)
			.param("permitType", "FAMILY")
			.param("kind", "FIRST")
			.param("submittedOn", submittedOn.toString());
	}

}
