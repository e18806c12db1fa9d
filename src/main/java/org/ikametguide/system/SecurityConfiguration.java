package org.ikametguide.system;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The guide is public; the tracker and the account pages need a login. Of the actuator only health answers on the
 * public port. Strict headers everywhere: no copy of a person's pages anywhere, shared pages as {@link PageCache} says,
 * Spring Security's no-cache for the rest. CSRF protection is Spring Security's
 * default and stays on: every POST needs the token that Thymeleaf puts into each form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/** The site uses no device or browser feature beyond showing pages and sending forms: all of them off. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
			+ "gyroscope=(), magnetometer=(), microphone=(), payment=(), publickey-credentials-get=(), usb=()";

	/** A person's own pages: they need a login. */
	private static final List<String> SIGNED_IN_PAGES = List.of("/tracker/**", "/account/**");

	/**
	 * Never stored anywhere, not even by the browser (a shared computer's back button must not show someone's
	 * applications after logout): a person's own pages, signing in, up and out, and calendar subscriptions.
	 */
	static final List<String> PRIVATE_PAGES = Stream
		.concat(SIGNED_IN_PAGES.stream(), Stream.of("/login/**", "/register/**", "/logout/**", "/feed/**"))
		.toList();

	/** Spring Security's default: BCrypt today, and it still reads hashes made with older defaults. */
	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * /actuator/**: health for everyone (probes, load balancers), metrics only on a separate management port, and
	 * for the rest a 404 to everyone, logged in or not: it does not exist as far as the public port tells.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, ManagementPort managementPort,
			SharedPages sharedPages) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(managementPort::matches)
				.permitAll()
				.anyRequest()
				.denyAll())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
				.accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.NOT_FOUND.value())))
			// The management port is the operator's, bound to an internal address: no browser session, no CSRF token.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(managementPort::matches))
			.requestCache((cache) -> cache.disable())
			.headers(strictHeaders(sharedPages));
		return http.build();
	}

	/**
	 * @param loginProvider username and password behind the lockout (account package); the only provider, with no
	 * parent manager, so that one attempt is never checked twice
	 * @param loginFailureHandler back to /login with a message that does not tell whether the username exists
	 */
	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider loginProvider,
			AuthenticationFailureHandler loginFailureHandler, SessionRegistry accountSessions, SharedPages sharedPages)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SIGNED_IN_PAGES.toArray(String[]::new))
			.authenticated()
			.anyRequest()
			.permitAll())
			.authenticationManager(new ProviderManager(loginProvider))
			// After sign-in: back to the page that asked for it (the saved request), else the tracker. Spring
			// Security changes the session id at sign-in (session fixation protection), which is what we want.
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/tracker")
				.failureHandler(loginFailureHandler)
				.permitAll())
			// With CSRF on, only POST /logout signs out.
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			// Any number of sessions per account, each known to the registry, so that a password change or a deletion
			// can end them (account/AccountSessions); an ended one is signed out at its next request.
			.sessionManagement((sessions) -> sessions.sessionConcurrency((concurrency) -> concurrency
				.maximumSessions(SessionLimit.UNLIMITED)
				.sessionRegistry(accountSessions)
				.expiredUrl("/login?logout")))
			.addFilterAfter(new UnreadableRequestFilter(), HeaderWriterFilter.class)
			.headers(strictHeaders(sharedPages));
		return http.build();
	}

	/** Spring Security's own observations (one per filter and decision) cost much per request and tell little. */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	private static Customizer<HeadersConfigurer<HttpSecurity>> strictHeaders(SharedPages sharedPages) {
		RequestMatcher privatePages = new OrRequestMatcher(
				PRIVATE_PAGES.stream().<RequestMatcher>map(PathPatternRequestMatcher.withDefaults()::matcher).toList());
		return (headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			// Spring Security's no-cache/no-store everywhere but on the shared pages (PageCache sets theirs) and on a
			// person's pages (never stored, not even by their browser).
			.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(privatePages,
					new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "private, no-store")))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new NegatedRequestMatcher(new OrRequestMatcher(sharedPages, privatePages)),
					new CacheControlHeadersWriter()));
	}

}
