package org.ikametguide.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The guide is public; the tracker and the account pages need a login. Strict headers everywhere. CSRF protection is
 * Spring Security's default and stays on: every POST needs the token that Thymeleaf puts into each form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/** Spring Security's default: BCrypt today, and it still reads hashes made with older defaults. */
	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * @param loginProvider username and password behind the lockout (account package); the only provider, with no
	 * parent manager, so that one attempt is never checked twice
	 * @param loginFailureHandler back to /login with a message that does not tell whether the username exists
	 */
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider loginProvider,
			AuthenticationFailureHandler loginFailureHandler) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/tracker/**", "/account/**", "/tracker",
				"/account")
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
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
