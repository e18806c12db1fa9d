package org.ikametguide.guide;

import org.ikametguide.PostgresTest;

/**
 * What a reader sees on each guide page, the same on PostgreSQL as on H2. Runs every test of {@link
 * GuidePagesTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresGuidePagesTests extends GuidePagesTests {

}
