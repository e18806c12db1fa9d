package org.ikametguide.tracker;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tracker pages and exports are private: no shared cache may keep them, and the browser should not store them
 * either (a shared computer's back button must not show someone's applications after logout).
 */
@Configuration(proxyBeanMethods = false)
class TrackerWebConfiguration implements WebMvcConfigurer {

	static final String NO_STORE = "private, no-store";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
				return true;
			}
		}).addPathPatterns("/tracker", "/tracker/**");
	}

}
