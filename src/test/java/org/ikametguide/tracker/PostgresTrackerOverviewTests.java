package org.ikametguide.tracker;

import org.ikametguide.PostgresTest;

/**
 * The tracker overview page, the same on PostgreSQL as on H2. Runs every test of {@link TrackerOverviewTests} against a
 * fresh PostgreSQL database.
 */
@PostgresTest
class PostgresTrackerOverviewTests extends TrackerOverviewTests {

}
