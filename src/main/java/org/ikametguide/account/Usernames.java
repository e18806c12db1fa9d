package org.ikametguide.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a typed username becomes the key accounts are looked up by. Usernames are ASCII only (see
 * {@link NewUsername}), so lower-casing with {@link Locale#ROOT} is safe: no Turkish dotless-i surprises.
 */
public final class Usernames {

	private Usernames() {
	}

	/** The lookup key: trimmed and lower-cased, so that "Ali", "ali" and " ali " are the same account. */
	static String key(String typed) {
		return (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
	}

	/** A SHA-256 of the key, for records that must not hold what was typed (it may be a password typed in the wrong box). */
	static String hash(String typed) {
		return sha256(key(typed));
	}

	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
