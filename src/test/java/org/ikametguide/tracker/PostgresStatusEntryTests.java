package org.ikametguide.tracker;

import org.ikametguide.PostgresTest;

/**
 * Recording, editing and deleting status entries and reading the timeline, the same on PostgreSQL as on H2. Runs every
 * test of {@link StatusEntryTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresStatusEntryTests extends StatusEntryTests {

}
