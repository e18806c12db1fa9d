package org.ikametguide.system;

import java.util.Arrays;
import java.util.Set;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The jar carries ahead-of-time code (Spring AOT, used with {@code -Dspring.aot.enabled=true}) generated for the
 * single-machine default, with no profile active: which beans exist was decided at build time. The {@code postgres}
 * profile only sets properties (the database, database sessions), so its beans are the default's and that code serves
 * it as well; {@code AheadOfTimeBeansTests} keeps it so. Any other profile ({@code metrics}: the Prometheus registry
 * and a management port) adds beans that would silently be missing, so such a start is refused with an explanation.
 */
public final class AheadOfTimeProfiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The profiles whose beans are exactly the default start's. */
	static final Set<String> SAME_BEANS = Set.of("postgres");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(AotDetector.useGeneratedArtifacts(), event.getEnvironment().getActiveProfiles());
	}

	static void check(boolean aheadOfTime, String[] activeProfiles) {
		if (aheadOfTime && !SAME_BEANS.containsAll(Arrays.asList(activeProfiles))) {
			throw new IllegalStateException("The ahead-of-time code in this jar was generated for the beans of the "
					+ "default start, but the profiles " + Arrays.toString(activeProfiles) + " are active, and only "
					+ SAME_BEANS + " has the same beans. Start without -Dspring.aot.enabled=true to use a profile "
					+ "that adds beans (docs/operating.md, \"Start fast\").");
		}
	}

}
