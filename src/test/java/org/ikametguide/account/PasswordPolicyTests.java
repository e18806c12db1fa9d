package org.ikametguide.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules on their own, and the shipped list of common passwords. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void theShippedListIsLargeAndHasTheUsualSuspects() {
		assertThat(policy.size()).isGreaterThanOrEqualTo(1000);
		for (String common : new String[] { "password", "1234567890", "qwertyuiop", "Password123", "P@SSW0RD123",
				"iloveyou123", "1q2w3e4r5t", "fenerbahce1907", "ikamet123456", "sifre12345" }) {
			assertThat(policy.isCommon(common)).as(common).isTrue();
		}
		assertThat(policy.isCommon("violet-harbour-tram-41")).isFalse();
	}

	@Test
	void theRulesInOrder() {
		assertThat(policy.problem(null, "ali")).contains("account.password.required");
		assertThat(policy.problem("", "ali")).contains("account.password.required");
		assertThat(policy.problem("nine-char", "ali")).contains("account.password.tooShort");
		assertThat(policy.problem("çğıöşüçğı", "ali")).as("nine characters, eighteen bytes")
			.contains("account.password.tooShort");
		assertThat(policy.problem("abcdefghij-tram-42".repeat(5), "ali")).contains("account.password.tooLong");
		assertThat(policy.problem("QWERTY123456", "ali")).contains("account.password.common");
		assertThat(policy.problem("Zeynep.Kaya-77", "zeynep.kaya-77")).contains("account.password.sameAsUsername");
		assertThat(policy.problem("violet-harbour-tram-41", "ali")).isEmpty();
		assertThat(policy.problem("x".repeat(71) + "!", "ali")).as("exactly 72 bytes").isEmpty();
	}

}
