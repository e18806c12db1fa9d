package org.ikametguide.tracker;

import jakarta.servlet.http.HttpServletRequest;

import org.ikametguide.account.AccountPrincipal;
import org.ikametguide.system.Languages;
import org.ikametguide.system.PublicAddress;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar subscriptions: the address a calendar program fetches (no session, no login: the token is the key), and
 * the owner's buttons that make a new address or turn the subscription off (post/redirect/get). A new address is
 * shown once, on the page the owner comes back to; it is not stored.
 */
@Controller
class CalendarFeedController {

	/** The address a calendar program fetches; the token is base64url (a wrong one is simply not found). */
	static final String FEED_PATH = "/feed/{token:[A-Za-z0-9_-]+}.ics";

	private final CalendarFeeds feeds;

	private final FeedRateLimit rateLimit;

	private final PublicAddress publicAddress;

	CalendarFeedController(CalendarFeeds feeds, FeedRateLimit rateLimit, PublicAddress publicAddress) {
		this.feeds = feeds;
		this.rateLimit = rateLimit;
		this.publicAddress = publicAddress;
	}

	@GetMapping(FEED_PATH)
	ResponseEntity<String> feed(@PathVariable String token) {
		CalendarFeed feed = feeds.open(token).orElseThrow(ApplicationNotFoundException::new);
		if (!rateLimit.tryAcquire(feed.getId())) {
			ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS);
			tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(rateLimit.secondsLeft(feed.getId())));
			throw tooMany;
		}
		return ResponseEntity.ok().contentType(ExportController.TEXT_CALENDAR).body(feeds.write(feed));
	}

	/**
	 * Any other address below /feed/ (a cut or mistyped subscription) is not found, without Spring's "no mapping" log
	 * line, which would write the address, and so a token, into the log.
	 */
	@GetMapping("/feed/**")
	ResponseEntity<String> notAFeed() {
		throw new ApplicationNotFoundException();
	}

	@PostMapping("/tracker/applications/{applicationId:\\d+}/feed")
	String renewApplicationFeed(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			HttpServletRequest request, RedirectAttributes redirect) {
		String token = feeds.renew(principal.getAccountId(), applicationId, Languages.current());
		return shown(token, request, redirect, "/tracker/applications/" + applicationId);
	}

	@PostMapping("/tracker/applications/{applicationId:\\d+}/feed/delete")
	String removeApplicationFeed(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long applicationId,
			RedirectAttributes redirect) {
		feeds.remove(principal.getAccountId(), applicationId);
		redirect.addFlashAttribute("flashMessage", "tracker.feed.flash.removed");
		return "redirect:/tracker/applications/" + applicationId + "#calendar-feed";
	}

	@PostMapping("/tracker/feed")
	String renewTrackerFeed(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		String token = feeds.renew(principal.getAccountId(), null, Languages.current());
		return shown(token, request, redirect, "/tracker");
	}

	@PostMapping("/tracker/feed/delete")
	String removeTrackerFeed(@AuthenticationPrincipal AccountPrincipal principal, RedirectAttributes redirect) {
		feeds.remove(principal.getAccountId(), null);
		redirect.addFlashAttribute("flashMessage", "tracker.feed.flash.removed");
		return "redirect:/tracker#calendar-feed";
	}

	private String shown(String token, HttpServletRequest request, RedirectAttributes redirect, String page) {
		String address = address(request, token);
		redirect.addFlashAttribute("flashMessage", "tracker.feed.flash.made");
		redirect.addFlashAttribute("feedAddress", address);
		redirect.addFlashAttribute("feedWebcal", address.replaceFirst("^https?://", "webcal://"));
		return "redirect:" + page + "#calendar-feed";
	}

	/**
	 * At the configured public address ({@code ikamet.public-url}, the https address the site is reached at), never
	 * one taken from the request's headers, so a forged X-Forwarded-Host cannot send a person's calendar program
	 * elsewhere.
	 */
	String address(HttpServletRequest request, String token) {
		return publicAddress.at(ServletUriComponentsBuilder.fromContextPath(request))
			.path("/feed/{token}.ics")
			.buildAndExpand(token)
			.toUriString();
	}

}
