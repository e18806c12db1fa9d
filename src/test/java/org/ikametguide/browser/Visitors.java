package org.ikametguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ikametguide.FormPost;
import org.ikametguide.account.UserAccount;
import org.ikametguide.account.UserAccountRepository;
import org.ikametguide.browser.Pages.Visit;
import org.ikametguide.tracker.ApplicationDetails;
import org.ikametguide.tracker.ApplicationKind;
import org.ikametguide.tracker.ApplicationStatus;
import org.ikametguide.tracker.EntryDetails;
import org.ikametguide.tracker.PermitType;
import org.ikametguide.tracker.TrackerClock;
import org.ikametguide.tracker.TrackerService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ikametguide.Html.html;

/**
 * The set-up steps of the pages behind a login. Each visit is a new person: a fresh account (unique name, made with
 * the app's repository so that the per-address registration limit is left to the journeys, which register through
 * the form) signed in with the login form's post, its session cookie then given to the browser. Tracker data is made with the app's own service, as the
 * forms would make it. Forms are sent with errors by clicking their button, as a person would.
 */
final class Visitors {

	static final String PASSWORD = "a long passphrase for the browser tests";

	private static final AtomicInteger NUMBERS = new AtomicInteger(100);

	private Visitors() {
	}

	/** A signed-in person, with what they can do before the page is checked. */
	record SignedIn(Visit visit, long accountId) {

		void open(String path) {
			this.visit.browser().open(this.visit.baseUrl() + path + (path.contains("?") ? "&" : "?") + "lang=" + this.visit.lang());
		}

		long application(String label) {
			TrackerService tracker = this.visit.app().getBean(TrackerService.class);
			return tracker.create(this.accountId, new ApplicationDetails(uniqueNumber(), label, PermitType.FAMILY,
					ApplicationKind.EXTENSION, today().minusDays(75), "Ankara", today().plusDays(40)));
		}

		long entry(long applicationId, ApplicationStatus status, int daysAgo, String note, LocalDate dueDate) {
			TrackerService tracker = this.visit.app().getBean(TrackerService.class);
			return tracker.addEntry(this.accountId, applicationId,
					new EntryDetails(status, today().minusDays(daysAgo), note, dueDate));
		}

		/** An application with a timeline of every kind of entry: notes, a due date, a decided status. */
		long applicationWithTimeline() {
			long id = application("Family permit extension");
			entry(id, ApplicationStatus.SUBMITTED, 75, null, null);
			entry(id, ApplicationStatus.APPOINTMENT_SCHEDULED, 60, "Bring the rental contract, notarised.",
					today().minusDays(50));
			entry(id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, 20,
					"The officer asked for a health insurance policy covering the whole permit period.",
					today().plusDays(5));
			entry(id, ApplicationStatus.IN_REVIEW, 3, null, null);
			return id;
		}

		WebDriver driver() {
			return this.visit.browser().driver();
		}

		/** Clicks the submit button of the form matched by a CSS selector and waits for the answer. */
		void submit(String form) {
			clickAndLoad(this.visit.browser(), form + " button[type=submit]");
		}

	}

	/**
	 * A new account, signed in; the browser forgets whoever was signed in before and takes the new session's cookie.
	 * The sign-in is sent as the login form sends it, but over HTTP: in the browser it would cost two page loads a
	 * visit, and the login form has its own checks (the pages "login" and "login-failed", the tracker's journey).
	 */
	static SignedIn signIn(Visit visit) {
		visit.browser().forgetCookies();
		String username = "visitor-" + UUID.randomUUID().toString().substring(0, 12);
		UserAccount account = visit.app()
			.getBean(UserAccountRepository.class)
			.save(new UserAccount(username, "{noop}" + PASSWORD, Instant.now()));
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		try {
			String loginPage = http.send(HttpRequest.newBuilder(URI.create(visit.baseUrl() + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String csrf = html(loginPage).select("main form input[name=_csrf]").val();
			HttpResponse<String> answer = http.send(FormPost.to(URI.create(visit.baseUrl() + "/login"),
					Map.of("_csrf", csrf, "username", username, "password", PASSWORD)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.headers().firstValue("Location")).as("signed in as %s", username)
				.hasValueSatisfying((location) -> assertThat(location).contains("/tracker"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
			visit.browser().setCookie(visit.baseUrl(), cookie.getName(), cookie.getValue());
		}
		return new SignedIn(visit, account.getId());
	}

	/** A click returns before the page it leads to has loaded: waits until the old page is gone and the new one is. */
	static void clickAndLoad(Browser browser, String selector) {
		browser.untilNextPage(() -> browser.driver().findElement(By.cssSelector(selector)).click());
	}

	static String uniqueNumber() {
		return "BT-" + NUMBERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	static LocalDate today() {
		return LocalDate.now(TrackerClock.TURKEY);
	}

	static void registerWithErrors(Visit visit) {
		visit.browser().forgetCookies();
		visit.browser().open(visit.baseUrl() + "/register?lang=" + visit.lang());
		WebDriver driver = visit.browser().driver();
		driver.findElement(By.id("username")).sendKeys("x");
		driver.findElement(By.id("password")).sendKeys("short");
		driver.findElement(By.id("passwordConfirmation")).sendKeys("different");
		clickAndLoad(visit.browser(), "main form button[type=submit]");
	}

	static void account(Visit visit) {
		signIn(visit).open("/account");
	}

	static void accountWithErrors(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/account");
		WebDriver driver = person.driver();
		driver.findElement(By.id("newPassword")).sendKeys("short");
		person.submit("main form[action^='/account/password']");
	}

	/** A form sent with a token that is not the session's: the 403 page a stale tab or a forged post gets. */
	static void forbidden(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/account");
		visit.browser().script("document.querySelector(\"form[action^='/account/password'] input[name='_csrf']\").value = 'stale';");
		person.submit("main form[action^='/account/password']");
	}

	static void trackerEmpty(Visit visit) {
		signIn(visit).open("/tracker");
	}

	static void trackerFull(Visit visit) {
		SignedIn person = signIn(visit);
		person.applicationWithTimeline();
		long waiting = person.application("Student permit, first application");
		person.entry(waiting, ApplicationStatus.SUBMITTED, 200, null, null);
		person.application("Short-term permit, nothing recorded yet");
		long done = person.application("Transfer, decided");
		person.entry(done, ApplicationStatus.CARD_RECEIVED, 1, null, null);
		person.open("/tracker");
	}

	/** The whole tracker's subscription address, just made: shown this once, with how to add it. */
	static void trackerFeedMade(Visit visit) {
		SignedIn person = signIn(visit);
		person.applicationWithTimeline();
		person.open("/tracker");
		person.submit("#calendar-feed form[action$='/feed']");
	}

	/** An application's subscription address, just made. */
	static void applicationFeedMade(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/" + person.applicationWithTimeline());
		person.submit("#calendar-feed form[action$='/feed']");
	}

	/** An application with a subscription made before: a new address or turning it off. */
	static void applicationFeedExists(Visit visit) {
		SignedIn person = signIn(visit);
		long id = person.applicationWithTimeline();
		person.open("/tracker/applications/" + id);
		person.submit("#calendar-feed form[action$='/feed']");
		person.open("/tracker/applications/" + id);
	}

	static void application(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/" + person.applicationWithTimeline());
	}

	/** More entries than a page of the timeline holds, so the pages' navigation shows. */
	static void applicationWithTimelinePages(Visit visit) {
		SignedIn person = signIn(visit);
		long id = person.application("A long wait");
		for (int day = 0; day <= TrackerService.TIMELINE_PAGE_SIZE; day++) {
			person.entry(id, ApplicationStatus.IN_REVIEW, 100 - day, null, null);
		}
		person.open("/tracker/applications/" + id);
	}

	/** An application whose timeline holds {@code entries} entries, one a day, each with a short note naming it. */
	static long applicationWithEntries(SignedIn person, int entries) {
		long id = person.application("Family permit extension");
		for (int n = 1; n <= entries; n++) {
			ApplicationStatus status = (n == entries) ? ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED
					: (n == 1) ? ApplicationStatus.SUBMITTED : ApplicationStatus.IN_REVIEW;
			person.entry(id, status, entries - n, "Entry " + n + " checked", null);
		}
		return id;
	}

	/** The printed record of an application with the page's usual timeline. */
	static void applicationPrint(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/" + person.applicationWithTimeline() + "/print");
	}

	static void trackerPrint(Visit visit) {
		trackerFull(visit);
		visit.browser().open(visit.baseUrl() + "/tracker/print?lang=" + visit.lang());
	}

	/** The card is with PTT: the barcode form shows, with a barcode already kept. */
	static void applicationWithCardAtPtt(Visit visit) {
		SignedIn person = signIn(visit);
		long id = person.applicationWithTimeline();
		person.entry(id, ApplicationStatus.HANDED_TO_PTT, 0, null, null);
		visit.app().getBean(TrackerService.class).setPttBarcode(person.accountId(), id, "RR123456789TR");
		person.open("/tracker/applications/" + id);
	}

	static void pttBarcodeWithErrors(Visit visit) {
		applicationWithCardAtPtt(visit);
		WebDriver driver = visit.browser().driver();
		driver.findElement(By.id("barcode")).clear();
		driver.findElement(By.id("barcode")).sendKeys("RR-12");
		clickAndLoad(visit.browser(), "#ptt form button[type=submit]");
	}

	static void statusFormWithErrors(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/" + person.applicationWithTimeline());
		person.driver().findElement(By.id("date")).clear();
		person.submit("#record form");
	}

	static void newApplication(Visit visit) {
		signIn(visit).open("/tracker/applications/new");
	}

	static void newApplicationWithErrors(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/new");
		person.driver().findElement(By.id("applicationNumber")).sendKeys("no");
		person.submit("main form");
	}

	static void editApplication(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/" + person.applicationWithTimeline() + "/edit");
	}

	static void deleteApplication(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/applications/" + person.applicationWithTimeline() + "/delete");
	}

	static void editEntry(Visit visit) {
		SignedIn person = signIn(visit);
		long id = person.application("Family permit extension");
		long entry = person.entry(id, ApplicationStatus.ADDITIONAL_DOCUMENTS_REQUIRED, 4, "Health insurance.",
				today().plusDays(10));
		person.open("/tracker/applications/" + id + "/entries/" + entry + "/edit");
	}

	static void editEntryWithErrors(Visit visit) {
		editEntry(visit);
		visit.browser().driver().findElement(By.id("date")).clear();
		clickAndLoad(visit.browser(), "main form button[type=submit]");
	}

	static void deleteEntry(Visit visit) {
		SignedIn person = signIn(visit);
		long id = person.application("Family permit extension");
		long entry = person.entry(id, ApplicationStatus.IN_REVIEW, 4, "Seen on the portal.", null);
		person.open("/tracker/applications/" + id + "/entries/" + entry + "/delete");
	}

	static void importForm(Visit visit) {
		signIn(visit).open("/tracker/import");
	}

	static void importWithErrors(Visit visit) {
		SignedIn person = signIn(visit);
		person.open("/tracker/import");
		person.submit("main form");
	}

}
