package org.ikametguide.browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The app started on a random port. Every class of this package has the same configuration, so Spring's test
 * context cache starts the app once for the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AppTestSupport {

	@LocalServerPort
	int port;

	/** The running app, for set-up steps that make accounts and tracker data with its own beans. */
	@Autowired
	ApplicationContext app;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
