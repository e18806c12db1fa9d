package org.ikametguide.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Language choice: {@code ?lang=xx} switches and is remembered in a cookie; else Accept-Language; else English. And
 * the cache of guide pages, which keeps them by that language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "lang";

	/** The folders of src/main/resources/static, each served at its own name. */
	private static final List<String> STATIC_FOLDERS = List.of("css", "js");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		// A cookie that is no language at all (lang=x..y) is ignored like one the site does not speak, not an error.
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	/**
	 * Ahead of everything but character encoding and request observation: a kept page needs nothing else. Only for
	 * the request itself: forwards, includes and error pages are never kept pages.
	 */
	@Bean
	FilterRegistrationBean<PageCache> pageCache(SharedPages pages, LocaleResolver localeResolver) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(pages, localeResolver, LANGUAGE_COOKIE));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/**
	 * The stylesheet and scripts, at addresses that carry a hash of their content, cached for a year (a new version is
	 * a new address). Only /css/ and /js/ are static: with Spring Boot's mapping of every address, each link of a
	 * rendered page (dozens on every page) was looked up among the static files at every render, a search through
	 * every jar of the application that took two thirds of the time of a signed-in page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** The first language in Accept-Language (by preference) that the site speaks, else English. */
	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.LOCALES);
				if (match != null) {
					return Languages.locale(match.getLanguage());
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is treated like no header.
			}
		}
		return Languages.locale(Languages.SUPPORTED.get(0));
	}

	/** Ignores a {@code ?lang=} the site does not speak instead of storing it. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			if (locale == null || Languages.isSupported(locale)) {
				super.setLocale(request, response,
						(locale != null) ? Locale.forLanguageTag(locale.getLanguage()) : null);
			}
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = super.resolveLocale(request);
			return Languages.isSupported(locale) ? Languages.locale(locale.getLanguage()) : fromAcceptLanguage(request);
		}

		/**
		 * The request's locale context (what {@code LocaleContextHolder} answers) must be the same filtered locale:
		 * the parent's context reads the raw cookie value, so a stale or forged {@code lang=de} cookie would format
		 * dates in German.
		 */
		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			TimeZoneAwareLocaleContext parent = (TimeZoneAwareLocaleContext) super.resolveLocaleContext(request);
			return new TimeZoneAwareLocaleContext() {

				@Override
				public Locale getLocale() {
					return resolveLocale(request);
				}

				@Override
				public TimeZone getTimeZone() {
					return parent.getTimeZone();
				}

			};
		}

	}

}
