package org.ikametguide.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port of the separate management server, when one is configured ({@code management.server.port}). Metrics
 * (Prometheus) are served only there: an operator binds that port to an internal address the reverse proxy does not
 * forward, so the public port never answers anything under /actuator but health.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			this.port = event.getWebServer().getPort();
		}
	}

	/** True for a request that came in on the separate management port; never when there is none. */
	boolean matches(HttpServletRequest request) {
		return this.port > 0 && request.getLocalPort() == this.port;
	}

}
