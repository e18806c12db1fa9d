package org.ikametguide.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Debian's Chromium and chromedriver live, and what happens when they do not: the browser tests are skipped
 * with a loud message on a developer's machine, but fail the build on CI ({@code CI=true}), where a missing browser
 * must never pass for a green build. Selenium Manager is never asked to download anything.
 */
final class Chromium {

	static final Path BINARY = Path.of(setting("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static boolean warned;

	private Chromium() {
	}

	static boolean installed() {
		return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
	}

	static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Call once per browser test class, before starting a browser: fails on CI when Chromium is missing, else warns
	 * loudly (once per run) and answers false.
	 */
	static boolean available() {
		if (installed()) {
			return true;
		}
		if (onCi()) {
			Assertions.fail("CI=true and the real-browser quality gate cannot run: " + missing());
		}
		warnOnce(missing());
		return false;
	}

	/** Call before every browser test: reports it as skipped, with the reason, when there is no browser. */
	static void assumeAvailable(boolean available) {
		Assumptions.assumeTrue(available, () -> "BROWSER TEST SKIPPED: " + missing());
	}

	private static String missing() {
		return "Chromium or chromedriver is missing (looked for " + BINARY + " and " + DRIVER
				+ "). Install them with: apt-get install chromium chromium-driver (.ci/run does this).";
	}

	private static synchronized void warnOnce(String message) {
		if (warned) {
			return;
		}
		warned = true;
		String bar = "!".repeat(100);
		System.err.println();
		System.err.println(bar);
		System.err.println("!! THE REAL-BROWSER QUALITY GATE IS SKIPPED ON THIS MACHINE");
		System.err.println("!! " + message);
		System.err.println("!! Accessibility, keyboard, printing, phone and no-JavaScript checks did NOT run.");
		System.err.println(bar);
		System.err.println();
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
