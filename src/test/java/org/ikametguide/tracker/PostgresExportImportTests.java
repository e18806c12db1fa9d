package org.ikametguide.tracker;

import org.ikametguide.PostgresTest;

/**
 * CSV, JSON and iCalendar exports and the JSON import, the same on PostgreSQL as on H2. Runs every test of {@link
 * ExportImportTests} against a fresh PostgreSQL database.
 */
@PostgresTest
class PostgresExportImportTests extends ExportImportTests {

}
