package org.ikametguide.hardening;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer, a failure's too, carries the security headers, Permissions-Policy included (issue 12, §4, §10). */
@Import(ErrorHeadersTests.FailingController.class)
class ErrorHeadersTests extends HardeningHttpTest {

	@Test
	void pagesAndFailuresCarryTheSecurityHeaders() throws Exception {
		Visitor visitor = visitor();
		for (String path : new String[] { "/", "/login", "/no-such-page", "/hardening-failure" }) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp).contains("frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()", "geolocation=()"));
		}
		assertThat(visitor.get("/hardening-failure").statusCode()).isEqualTo(500);
	}

	/** The log capture the other tests rely on does see what the servlet container itself logs (through JUL). */
	@Test
	void theLogCaptureSeesTheContainersOwnLines() throws Exception {
		try (LogCapture logs = LogCapture.start()) {
			assertThat(visitor().get("/hardening-failure").statusCode()).isEqualTo(500);
			assertThat(logs.lines()).anySatisfy((line) -> assertThat(line).startsWith("ERROR org.apache.catalina")
				.contains("failure for the headers test"));
		}
	}

	@RestController
	static class FailingController {

		@GetMapping("/hardening-failure")
		String fail() {
			throw new IllegalStateException("failure for the headers test");
		}

	}

}
