package org.ikametguide.tracker;

import org.ikametguide.PostgresTest;

/**
 * Adding, showing, editing and deleting an application, the same on PostgreSQL as on H2. Runs every test of {@link
 * ApplicationPagesTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresApplicationPagesTests extends ApplicationPagesTests {

}
