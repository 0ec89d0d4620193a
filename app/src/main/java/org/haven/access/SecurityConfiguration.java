package org.haven.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.haven.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the REST API (stateless, personal bearer tokens, problem details) and the web
 * application (session, form sign-in with optional second factor, CSRF, strict headers). Everything
 * not listed as public needs a fully signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {"/sign-in", "/assets/**", "/webjars/**", "/css/**", "/js/**",
            "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**",
            "/report", "/report/rights", "/report/received", "/report/follow-up", "/report/follow-up/message", "/report/close"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    RequestThrottle requestThrottle(@Value("${haven.security.sign-ins-per-minute:10}") int signInsPerMinute,
                                    @Value("${haven.security.api-calls-per-minute:600}") int apiCallsPerMinute) {
        return new RequestThrottle(signInsPerMinute, apiCallsPerMinute);
    }

    /** Ahead of every other filter: a refused attempt costs no password check and no body read. */
    @Bean
    FilterRegistrationBean<RequestThrottle> requestThrottleRegistration(RequestThrottle throttle) {
        var registration = new FilterRegistrationBean<>(throttle);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenAuthentication tokens) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SignedInUser.SIGNED_IN))
                .oauth2ResourceServer(server -> server
                        .opaqueToken(opaque -> opaque.introspector(tokens).authenticationConverter(tokens))
                        .authenticationEntryPoint(ProblemResponses.unauthorised())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemResponses.unauthorised())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are never sent by a browser on its own, so cross-site forgery has nothing to ride on.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts, SecondFactorPolicy secondFactor,
                            SessionRegistry sessions, ObjectProvider<ClientRegistrationRepository> singleSignOn,
                            AccountDetailsService accounts, AuditTrail audit,
                            @Value("${haven.security.oidc.username-claim:preferred_username}") String usernameClaim)
            throws Exception {
        var afterPassword = new SignInSuccess(contexts, secondFactor);
        if (singleSignOn.getIfAvailable() != null) {
            // Sign-in through the organisation's identity provider, next to (not instead of) Haven's own accounts.
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .failureUrl("/sign-in?sso-failed")
                    .successHandler(new SingleSignOnSuccess(accounts, contexts, sessions, afterPassword, audit, usernameClaim)));
        }
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/sign-in/code").hasAuthority(SecondFactorPending.CODE_PENDING)
                        .requestMatchers("/account/two-factor")
                        .hasAnyAuthority(SecondFactorPending.ENROLMENT_PENDING, SignedInUser.SIGNED_IN)
                        .requestMatchers("/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMINISTRATOR.name())
                        .requestMatchers("/emergency-access", "/emergency-access/**", "/data-protection/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/admin/**", "/actuator/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().hasAuthority(SignedInUser.SIGNED_IN))
                .securityContext(context -> context.securityContextRepository(contexts))
                // A child may take longer to write than a session lasts; sending a new report or a code
                // rides on no one's sign-in, so a forged request could gain nothing, while an expired token
                // would lose what the child wrote. Writing into an opened thread keeps CSRF protection.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/report", "/report/follow-up"))
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .failureUrl("/sign-in?error")
                        .successHandler(afterPassword)
                        .permitAll())
                // Every session is registered, so users can see and end their own (UserSessions).
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/sign-in?session-ended"))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("HAVEN_SESSION"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .build();
    }
}
