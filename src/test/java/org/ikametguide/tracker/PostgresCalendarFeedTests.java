package org.ikametguide.tracker;

import org.ikametguide.PostgresTest;

/**
 * Calendar subscriptions on PostgreSQL, with sessions in the database as in production: every test of
 * {@link CalendarFeedTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresCalendarFeedTests extends CalendarFeedTests {

}
