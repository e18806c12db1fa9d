package org.ikametguide.tracker;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.ikametguide.account.AccountPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two tabs open the same form; the first saves. The second, stale, save is refused with a "changed elsewhere"
 * message and the first change survives; the user's typing is kept so that a deliberate second submit can win.
 */
class OptimisticLockingTests extends TrackerWebTest {

	@Test
	void aStaleApplicationEditIsRefusedAndLosesNothing() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		String url = "/tracker/applications/" + id + "/edit";
		Document tabA = html(mvc.perform(get(url).with(user(owner))));
		Document tabB = html(mvc.perform(get(url).with(user(owner))));

		mvc.perform(edit(url, owner, tabA, "Saved in tab A")).andExpect(status().is3xxRedirection());
		Document refused = html(mvc.perform(edit(url, owner, tabB, "Typed in tab B")).andExpect(status().isOk()));

		assertThat(refused.select(".app-error-summary[role=alert]").text()).contains("changed somewhere else",
				"your changes were not saved");
		assertThat(refused.selectFirst("#label").val()).isEqualTo("Typed in tab B");
		assertThat(tracker.application(owner.getAccountId(), id).getLabel()).isEqualTo("Saved in tab A");

		// The re-shown form carries the current version: submitting it again is a deliberate overwrite.
		mvc.perform(edit(url, owner, refused, "Typed in tab B")).andExpect(status().is3xxRedirection());
		assertThat(tracker.application(owner.getAccountId(), id).getLabel()).isEqualTo("Typed in tab B");
	}

	@Test
	void aStaleEntryEditIsRefused() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		long entry = fixtures.entry(owner, id, ApplicationStatus.IN_REVIEW, TrackerFixtures.today(), "original");
		String url = "/tracker/applications/" + id + "/entries/" + entry + "/edit";
		Document tabA = html(mvc.perform(get(url).with(user(owner))));
		Document tabB = html(mvc.perform(get(url).with(user(owner))));

		mvc.perform(entryEdit(url, owner, tabA, "from tab A")).andExpect(status().is3xxRedirection());
		Document refused = html(mvc.perform(entryEdit(url, owner, tabB, "from tab B")).andExpect(status().isOk()));

		assertThat(refused.select(".app-error-summary").text()).contains("This entry was changed somewhere else");
		assertThat(refused.selectFirst("#note").text()).isEqualTo("from tab B");
		assertThat(tracker.entry(owner.getAccountId(), id, entry).getNote()).isEqualTo("from tab A");
	}

	@Test
	void aStaleDeleteDeletesNothing() throws Exception {
		AccountPrincipal owner = fixtures.account();
		long id = fixtures.application(owner);
		Document confirm = html(mvc.perform(get("/tracker/applications/" + id + "/delete").with(user(owner))));
		Document form = html(mvc.perform(get("/tracker/applications/" + id + "/edit").with(user(owner))));
		mvc.perform(edit("/tracker/applications/" + id + "/edit", owner, form, "Changed meanwhile"))
			.andExpect(status().is3xxRedirection());

		Document refused = html(mvc
			.perform(post("/tracker/applications/" + id + "/delete").with(user(owner)).with(csrf())
				.param("version", confirm.selectFirst("input[name=version]").val()))
			.andExpect(status().isOk()));
		assertThat(refused.select(".app-error-summary").text()).contains("nothing was deleted");
		assertThat(fixtures.applicationCount(owner)).isOne();
	}

	private static org.springframework.test.web.servlet.RequestBuilder edit(String url, AccountPrincipal owner,
			Document form, String label) {
		return post(url).with(user(owner))
			.with(csrf())
			.param("applicationNumber", form.selectFirst("#applicationNumber").val())
			.param("label", label)
			.param("permitType", form.selectFirst("#permitType option[selected]").val())
			.param("kind", form.selectFirst("#kind option[selected]").val())
			.param("submittedOn", form.selectFirst("#submittedOn").val())
			.param("office", form.selectFirst("#office").val())
			.param("version", form.selectFirst("input[name=version]").val());
	}

	private static org.springframework.test.web.servlet.RequestBuilder entryEdit(String url, AccountPrincipal owner,
			Document form, String note) {
		return post(url).with(user(owner))
			.with(csrf())
			.param("status", form.selectFirst("#status option[selected]").val())
			.param("date", form.selectFirst("#date").val())
			.param("note", note)
			.param("version", form.selectFirst("input[name=version]").val());
	}

}
