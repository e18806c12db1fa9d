package org.ikametguide.tracker;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.ikametguide.account.Usernames;
import org.ikametguide.system.Languages;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar subscriptions. An address carries a token of {@value #TOKEN_BYTES} random bytes (SecureRandom),
 * which is shown to its owner once; only its SHA-256 is stored, and a calendar program's request is matched by that
 * hash. Making a new address deletes the old one in the same transaction: the old address answers 404 at once. The
 * calendar itself is {@link TrackerCalendar}'s, read afresh at every fetch, in the language of the page on which the
 * address was made (a calendar program sends no language of the person's choice).
 */
@Service
class CalendarFeeds {

	static final int TOKEN_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedRepository feeds;

	private final TrackerService tracker;

	private final TrackerCalendar calendar;

	private final StatusTexts statusTexts;

	private final TrackerClock clock;

	CalendarFeeds(CalendarFeedRepository feeds, TrackerService tracker, TrackerCalendar calendar,
			StatusTexts statusTexts, TrackerClock clock) {
		this.feeds = feeds;
		this.tracker = tracker;
		this.calendar = calendar;
		this.statusTexts = statusTexts;
		this.clock = clock;
	}

	/**
	 * A new address for one application's dates ({@code applicationId}) or the whole tracker's (null), replacing the
	 * one before. Returns the token, which is not stored and cannot be shown again.
	 */
	@Transactional
	String renew(long ownerId, Long applicationId, String language) {
		if (applicationId != null) {
			tracker.application(ownerId, applicationId);
		}
		remove(ownerId, applicationId);
		String token = newToken();
		feeds.save(new CalendarFeed(ownerId, applicationId, hash(token), language, clock.now()));
		return token;
	}

	/** Ends the subscription: its address answers 404 from now on. */
	@Transactional
	void remove(long ownerId, Long applicationId) {
		if (applicationId == null) {
			feeds.deleteForTracker(ownerId);
		}
		else {
			tracker.application(ownerId, applicationId);
			feeds.deleteForApplication(ownerId, applicationId);
		}
	}

	/** The owner's subscription to an application (or to the whole tracker when null), if there is one. */
	@Transactional(readOnly = true)
	Optional<CalendarFeed> find(long ownerId, Long applicationId) {
		return (applicationId == null) ? feeds.findFirstByOwnerIdAndApplicationIdIsNullOrderByIdDesc(ownerId)
				: feeds.findFirstByOwnerIdAndApplicationIdOrderByIdDesc(ownerId, applicationId);
	}

	/** The subscription this token opens, if any: none for a revoked token or a deleted account or application. */
	@Transactional(readOnly = true)
	Optional<CalendarFeed> open(String token) {
		return feeds.findByTokenHash(hash(token));
	}

	/** The calendar as it stands now. */
	@Transactional(readOnly = true)
	String write(CalendarFeed feed) {
		long owner = feed.getOwnerId();
		List<TrackerCalendar.Dated> dated;
		MessageSourceResolvable name;
		if (feed.getApplicationId() == null) {
			dated = tracker.overview(owner)
				.stream()
				.map((summary) -> new TrackerCalendar.Dated(summary.application(), summary.current()))
				.toList();
			name = new DefaultMessageSourceResolvable("tracker.feed.name.all");
		}
		else {
			TrackerCalendar.Dated application = tracker.dated(owner, feed.getApplicationId());
			dated = List.of(application);
			name = new DefaultMessageSourceResolvable(new String[] { "tracker.feed.name" },
					new Object[] { application.application().getLabel() });
		}
		return calendar.write(dated, statusTexts.forLocale(feed.getLocale()), Languages.locale(feed.getLocale()), name);
	}

	static String hash(String token) {
		return Usernames.sha256(token);
	}

	private static String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
