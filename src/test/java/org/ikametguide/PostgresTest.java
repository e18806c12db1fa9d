package org.ikametguide;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test class on a fresh, empty PostgreSQL database of its own under the postgres profile:
 * {@code @PostgresTest class PostgresXTests extends XTests {}} runs every test of XTests there. The database is made
 * before the class and dropped after it ({@link PostgresDatabase}), the application's datasource points at it, and the
 * class's context is closed with it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresDatabase.class)
@ActiveProfiles({ "test", "postgres" })
@ContextCustomizerFactories(PostgresDatabase.Datasource.class)
@DirtiesContext
public @interface PostgresTest {

}
