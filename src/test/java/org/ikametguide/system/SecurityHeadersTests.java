package org.ikametguide.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page is sent with headers that stop framing, sniffing, referrer leaks and inline script. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void guidePagesCarryStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/steps"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void fingerprintedAssetsAreCachedForAYear() throws Exception {
		String html = mvc.perform(get("/checklist")).andReturn().getResponse().getContentAsString();
		String css = html.replaceAll("(?s).*href=\"(/css/app-[0-9a-f]+\\.css)\".*", "$1");
		mvc.perform(get(css))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
	}

}
