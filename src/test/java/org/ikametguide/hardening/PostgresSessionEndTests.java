package org.ikametguide.hardening;

import org.ikametguide.PostgresTest;

/** {@link SessionEndTests} with sessions in PostgreSQL (Spring Session JDBC, found by their principal's index). */
@PostgresTest
class PostgresSessionEndTests extends SessionEndTests {

}
