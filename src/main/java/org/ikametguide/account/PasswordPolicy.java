package org.ikametguide.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough, not too long for the hash, not one of the common passwords shipped in
 * {@value #COMMON_PASSWORDS} (in any letter case), and not the username.
 */
@Component
class PasswordPolicy {

	static final String COMMON_PASSWORDS = "account/common-passwords.txt";

	static final int MIN_LENGTH = 10;

	/** BCrypt, the default encoder, reads no more than 72 bytes, and refuses to hash more. */
	static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource(COMMON_PASSWORDS));
	}

	/** The message code of the first rule this password breaks, if any. */
	Optional<String> problem(String password, String username) {
		if (password == null || password.isEmpty()) {
			return Optional.of("account.password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("account.password.tooLong");
		}
		if (isCommon(password)) {
			return Optional.of("account.password.common");
		}
		if (username != null && Usernames.key(username).equals(password.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.sameAsUsername");
		}
		return Optional.empty();
	}

	boolean isCommon(String password) {
		return common.contains(password.toLowerCase(Locale.ROOT));
	}

	int size() {
		return common.size();
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = resource.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, ex);
		}
		return Set.copyOf(passwords);
	}

}
