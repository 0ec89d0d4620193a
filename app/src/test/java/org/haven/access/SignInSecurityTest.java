package org.haven.access;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class SignInSecurityTest {

    private static final Set<String> PUBLIC = Set.of("/sign-in", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/error", "/report", "/report/rights", "/report/received", "/report/follow-up", "/report/follow-up/message", "/report/close");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired SecondFactor secondFactor;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void every_page_and_api_endpoint_refuses_someone_who_has_not_signed_in() throws Exception {
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            var info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                if (PUBLIC.contains(pattern)) {
                    continue;
                }
                String path = PATH_VARIABLE.matcher(pattern).replaceAll(UUID.randomUUID().toString());
                var methods = info.getMethodsCondition().getMethods();
                boolean isPost = !methods.isEmpty() && methods.stream().noneMatch(m -> m.name().equals("GET"));
                var request = isPost ? post(path).with(csrf()) : get(path);
                if (path.startsWith("/node-api/")) {
                    // nodes are not users: messages prove their sender by signature (CrossBorderNodesTest)
                    mvc.perform(request).andExpect(status().is(org.hamcrest.Matchers.oneOf(200, 400)));
                } else if (path.startsWith("/api/")) {
                    mvc.perform(request).andExpect(status().isUnauthorized())
                            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
                } else {
                    mvc.perform(request).andExpect(status().is3xxRedirection())
                            .andExpect(redirectedUrl("/sign-in"));
                }
                checked++;
            }
        }
        assertThat(checked).as("endpoints checked").isGreaterThan(20);
    }

    @Test
    void actuator_endpoints_are_not_public() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/health").with(demoUsers.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health").with(demoUsers.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void a_demo_user_signs_in_with_the_right_password_and_not_with_a_wrong_one() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "analyst").param("password", DemoUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "analyst").param("password", "wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The username or password is not right")));
    }

    @Test
    void a_sign_in_form_posted_without_the_csrf_token_is_rejected() throws Exception {
        mvc.perform(post("/sign-in").param("username", "analyst").param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases").with(demoUsers.as("caseworker")).param("givenNames", "No token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one_until_the_lockout_ends() throws Exception {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "a long enough password");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "guess " + i))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }

        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "a long enough password"))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(accounts.findByUsername(username).orElseThrow().locked()).isTrue();

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "a long enough password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void an_administrator_can_unlock_a_locked_account() throws Exception {
        String username = "unlock-" + UUID.randomUUID().toString().substring(0, 8);
        var id = createUser(username, "a long enough password");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "guess " + i));
        }
        mvc.perform(post("/admin/users/{id}/unlock", id.value()).with(csrf()).with(demoUsers.as("admin")))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", "a long enough password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_user_enrols_a_second_factor_and_then_needs_a_fresh_code_to_sign_in() throws Exception {
        String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "a long enough password");
        String secret = enrolSecondFactor(signIn(username, "a long enough password"));

        var second = new MockHttpSession();
        mvc.perform(post("/sign-in").session(second).with(csrf()).param("username", username)
                .param("password", "a long enough password")).andExpect(redirectedUrl("/sign-in/code"));
        mvc.perform(get("/cases").session(second)).andExpect(status().isForbidden());
        mvc.perform(post("/sign-in/code").session(second).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not right")));
        // The code used at enrolment may not be replayed; the next one works.
        mvc.perform(post("/sign-in/code").session(second).with(csrf())
                .param("code", secondFactor.codeAt(secret, clock.instant()))).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post("/sign-in/code").session(second).with(csrf())
                        .param("code", secondFactor.codeAt(secret, clock.instant())))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/cases").session(second)).andExpect(status().isOk());
    }

    @Test
    void signing_in_again_with_the_password_does_not_give_a_code_guesser_fresh_attempts() throws Exception {
        String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "a long enough password");
        var session = signIn(username, "a long enough password");
        String secret = enrolSecondFactor(session);

        for (int round = 0; round < 3; round++) {
            var attempt = new MockHttpSession();
            mvc.perform(post("/sign-in").session(attempt).with(csrf()).param("username", username)
                    .param("password", "a long enough password"));
            mvc.perform(post("/sign-in/code").session(attempt).with(csrf()).param("code", "000000"));
            mvc.perform(post("/sign-in/code").session(attempt).with(csrf()).param("code", "111111"));
        }

        assertThat(accounts.findByUsername(username).orElseThrow().locked()).isTrue();
    }

    @Test
    void api_calls_are_not_counted_or_audited_as_sign_ins() throws Exception {
        var caseworker = demoUsers.user("caseworker2");
        String token = "Bearer " + tokens.issue(caseworker, "sign-in count", Duration.ofDays(1)).token();
        long before = signInEntries("caseworker2");

        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());

        assertThat(signInEntries("caseworker2")).isEqualTo(before);
    }

    @Test
    void a_wrong_current_password_on_the_account_page_counts_towards_the_lockout() throws Exception {
        String username = "pwchange-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "a long enough password");
        var session = signIn(username, "a long enough password");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "guess " + i)
                            .param("newPassword", "another long password").param("confirmPassword", "another long password"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("The current password is not right")));
        }
        assertThat(accounts.findByUsername(username).orElseThrow().locked()).isTrue();
    }

    @Test
    void turning_the_second_factor_off_needs_a_current_code() throws Exception {
        String username = "off-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(username, "a long enough password");
        var session = signIn(username, "a long enough password");
        String secret = enrolSecondFactor(session);

        mvc.perform(post("/account/two-factor/remove").session(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/account"));
        assertThat(accounts.findByUsername(username).orElseThrow().secondFactorEnrolled()).isTrue();

        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post("/account/two-factor/remove").session(session).with(csrf())
                .param("code", secondFactor.codeAt(secret, clock.instant()))).andExpect(redirectedUrl("/account"));
        assertThat(accounts.findByUsername(username).orElseThrow().secondFactorEnrolled()).isFalse();
    }

    @Test
    void when_an_administrator_requires_a_second_factor_the_user_must_enrol_before_anything_else() throws Exception {
        String username = "required-" + UUID.randomUUID().toString().substring(0, 8);
        var id = createUser(username, "a long enough password");
        mvc.perform(post("/admin/users/{id}/second-factor", id.value()).param("required", "true")
                .with(csrf()).with(demoUsers.as("admin"))).andExpect(redirectedUrl("/admin/users"));

        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", username)
                .param("password", "a long enough password")).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/cases").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/account/two-factor").session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute("proposedSecondFactorSecret");
        mvc.perform(post("/account/two-factor").session(session).with(csrf())
                .param("code", secondFactor.codeAt(secret, clock.instant()))).andExpect(redirectedUrl("/account"));
        mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
    }

    @Test
    void a_personal_token_is_shown_once_when_made_and_a_nameless_one_is_refused() throws Exception {
        var as = demoUsers.as("ngo");
        mvc.perform(post("/account/tokens").with(csrf()).with(as).param("name", " ").param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Say what the token is for")));
        mvc.perform(post("/account/tokens").with(csrf()).with(as).param("name", "case import").param("days", "30"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hvn_")));
        mvc.perform(get("/account/tokens").with(as))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("case import"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hvn_")))));
    }

    @Test
    void a_user_chooses_the_time_zone_their_dates_are_shown_in() throws Exception {
        String username = "zone-" + UUID.randomUUID().toString().substring(0, 8);
        var id = createUser(username, "a long enough password");
        var session = signIn(username, "a long enough password");

        mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("zone", "Europe/Vilnius"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/account/time-zone").session(session).with(csrf()).param("zone", "Mars/Olympus"))
                .andExpect(redirectedUrl("/account"));

        assertThat(accounts.timeZoneOf(id)).hasToString("Europe/Vilnius");
        assertThat(((SignedInUser) ((org.springframework.security.core.context.SecurityContext) session
                .getAttribute("SPRING_SECURITY_CONTEXT")).getAuthentication().getPrincipal()).zone())
                .hasToString("Europe/Vilnius");
    }

    @Test
    void pages_carry_strict_security_headers() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security",
                        org.hamcrest.Matchers.startsWith("max-age=31536000")));
    }

    /** Enrols a second factor through the account pages; returns the secret the app would hold. */
    private String enrolSecondFactor(MockHttpSession session) throws Exception {
        mvc.perform(get("/account/two-factor").session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute("proposedSecondFactorSecret");
        mvc.perform(post("/account/two-factor").session(session).with(csrf())
                        .param("code", secondFactor.codeAt(secret, clock.instant())))
                .andExpect(redirectedUrl("/account"));
        return secret;
    }

    private long signInEntries(String username) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_name = :name AND action = 'sign-in.password'")
                .param("name", username).query(Long.class).single();
    }

    private UserId createUser(String username, String password) {
        var admin = demoUsers.user("admin");
        return accounts.create(admin.actor(), username, "Test " + username, admin.organisationId(),
                Set.of(Role.CASEWORKER), password);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/"));
        return session;
    }
}
