package org.ikametguide.system;

import java.util.Arrays;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The jar carries ahead-of-time code (Spring AOT, used with {@code -Dspring.aot.enabled=true}) generated for the
 * single-machine default, with no profile active: which beans exist was decided at build time. Under a profile
 * ({@code postgres}, {@code metrics}) the beans that profile adds — database sessions shared by all instances, the
 * metrics port — would silently be missing, so such a start is refused with an explanation instead.
 */
public final class AheadOfTimeProfiles implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(AotDetector.useGeneratedArtifacts(), event.getEnvironment().getActiveProfiles());
	}

	static void check(boolean aheadOfTime, String[] activeProfiles) {
		if (aheadOfTime && activeProfiles.length > 0) {
			throw new IllegalStateException("The ahead-of-time code in this jar was generated for the default (no "
					+ "profile) start, but the profiles " + Arrays.toString(activeProfiles) + " are active. Start "
					+ "without -Dspring.aot.enabled=true to use a profile (README, \"Start fast\").");
		}
	}

}
