package org.ikametguide.guide;

import org.ikametguide.PostgresTest;

/**
 * On PostgreSQL too, a warm guide page runs no SQL and a cold language only a few statements. Runs every test of
 * {@link GuideCacheTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresGuideCacheTests extends GuideCacheTests {

}
