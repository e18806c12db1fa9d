package org.ikametguide.guide;

import org.ikametguide.PostgresTest;

/**
 * The content store on PostgreSQL: the same migrations leave every seed passage verbatim. Runs every test of
 * {@link ContentStoreTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresContentStoreTests extends ContentStoreTests {

}
