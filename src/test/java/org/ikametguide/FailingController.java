package org.ikametguide;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that fails, for the tests of what a failure answers and logs ({@link ServerTest} adds it; the app has none).
 * {@code @TestComponent} keeps component scanning from adding it to every other test's app (PageCoverageIT found it).
 */
@TestComponent
@RestController
public class FailingController {

	public static final String PATH = "/test-failure";

	/** In the exception, so in the log; never in the page. */
	public static final String DETAIL = "secret detail of a test failure";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(DETAIL);
	}

}
