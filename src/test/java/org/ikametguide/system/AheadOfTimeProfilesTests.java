package org.ikametguide.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A start with the build-time (ahead-of-time) beans must not quietly drop what a profile would add. */
class AheadOfTimeProfilesTests {

	@Test
	void aheadOfTimeStartUnderAProfileThatAddsBeansIsRefusedWithTheWayOut() {
		assertThatIllegalStateException()
			.isThrownBy(() -> AheadOfTimeProfiles.check(true, new String[] { "postgres", "metrics" }))
			.withMessageContaining("[postgres, metrics]")
			.withMessageContaining("without -Dspring.aot.enabled=true");
		assertThatIllegalStateException().isThrownBy(() -> AheadOfTimeProfiles.check(true, new String[] { "metrics" }));
	}

	@Test
	void aheadOfTimeStartWithoutAProfileOrUnderPostgresAndEveryOrdinaryStartGoOn() {
		assertThatNoException().isThrownBy(() -> AheadOfTimeProfiles.check(true, new String[0]));
		assertThatNoException().isThrownBy(() -> AheadOfTimeProfiles.check(true, new String[] { "postgres" }));
		assertThatNoException().isThrownBy(() -> AheadOfTimeProfiles.check(false, new String[] { "postgres", "metrics" }));
	}

}
