package org.ikametguide;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test class on PostgreSQL under the postgres profile: {@code @PostgresTest class PostgresXTests extends
 * XTests {}} runs every test of XTests there. All such classes share one database, made empty for the first of them
 * and dropped when the run ends ({@link PostgresDatabase}), as the H2 tests share their in-memory one; so they share
 * their Spring contexts as well.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresDatabase.Shared.class)
@ActiveProfiles({ "test", "postgres" })
@ContextCustomizerFactories(PostgresDatabase.Shared.class)
public @interface PostgresTest {

}
