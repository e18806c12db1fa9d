package org.ikametguide.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, shared by the tests of a class. Wraps the few Chrome DevTools commands the quality gate
 * needs: device emulation (phones), media emulation (print), full-page screenshots and A4 printing.
 */
final class Browser implements AutoCloseable {

	static final int DESKTOP_WIDTH = 1280;

	static final int DESKTOP_HEIGHT = 900;

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** A desktop-sized Chromium; {@code javascript=false} starts it with JavaScript blocked, as some readers have. */
	static Browser start(boolean javascript) {
		try {
			Path profile = Files.createTempDirectory("ikamet-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(Chromium.BINARY.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb",
					"--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT, "--user-data-dir=" + profile);
			if (!javascript) {
				options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
			Browser browser = new Browser(driver, profile);
			browser.desktop();
			return browser;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	/** Runs a script in the page; returns what it returns (lists, maps, strings, numbers, booleans). */
	@SuppressWarnings("unchecked")
	<T> T script(String script, Object... args) {
		return (T) this.driver.executeScript(script, args);
	}

	/**
	 * Polls a script that returns a boolean until it returns true, for up to five seconds: a key press returns before
	 * the page has reacted to it. Returns the last answer.
	 */
	boolean eventually(String script, Object... args) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (true) {
			boolean answer = Boolean.TRUE.equals(this.driver.executeScript(script, args));
			if (answer || System.nanoTime() > deadline) {
				return answer;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return answer;
			}
		}
	}

	/** A desktop screen, mouse and keyboard: also after {@link #phone}, on the open page. */
	void desktop() {
		cdp("Emulation.setDeviceMetricsOverride", Map.of("width", DESKTOP_WIDTH, "height", DESKTOP_HEIGHT,
				"deviceScaleFactor", 1, "mobile", false));
		cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
	}

	/** A phone: the viewport, the meta viewport handling and the touch input of a small mobile device. */
	void phone(int width, int height) {
		cdp("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
		cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
	}

	/** "print" shows the page as the print style sheet lays it out; "" returns to the screen. */
	void emulateMedia(String media) {
		cdp("Emulation.setEmulatedMedia", Map.of("media", media));
	}

	/** Every request goes to the server, so what a first visit costs can be measured. */
	void disableCache() {
		cdp("Network.enable", Map.of());
		cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));
	}

	/**
	 * Does something that leads to another page (a key press, a click) and waits until that page has loaded. The old
	 * page is marked and the wait ends when the marked page is gone: waiting for an element of the old page to go stale
	 * sometimes fails instead, when Chromium reports its node as belonging to no document.
	 */
	void untilNextPage(Runnable action) {
		script("window.appLeftBehind = true;");
		action.run();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> Boolean.TRUE.equals(
				script("return window.appLeftBehind !== true && document.readyState === 'complete';")));
	}

	/** Forgets every cookie (the session, so whoever was signed in), whatever page is open. */
	void forgetCookies() {
		cdp("Network.clearBrowserCookies", Map.of());
	}

	/** Gives the browser a cookie of the app, as its answer would have set it (HttpOnly, SameSite=Lax). */
	void setCookie(String baseUrl, String name, String value) {
		cdp("Network.setCookie",
				Map.of("url", baseUrl, "name", name, "value", value, "httpOnly", true, "sameSite", "Lax"));
	}

	/** Prints the open page as Chromium's print dialog would, on A4 paper; returns the PDF. */
	byte[] printA4() {
		PrintOptions options = new PrintOptions();
		options.setPageSize(PageSize.ISO_A4);
		Pdf pdf = this.driver.print(options);
		return Base64.getDecoder().decode(pdf.getContent());
	}

	/** A PNG of the whole page, not only of the viewport. */
	void screenshot(Path file) {
		List<Number> size = script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];");
		Map<String, Object> shot = cdp("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width",
						size.get(0).intValue(), "height", Math.min(size.get(1).intValue(), 16000), "scale", 1)));
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Presses keys as a keyboard user would, on whatever has the focus. */
	void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	void tab() {
		press(Keys.TAB);
	}

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	Map<String, Object> cdp(String command, Map<String, Object> parameters) {
		return this.driver.executeCdpCommand(command, parameters);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
