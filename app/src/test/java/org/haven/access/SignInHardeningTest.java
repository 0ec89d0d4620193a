package org.haven.access;

import org.haven.audit.Actor;
import org.haven.directory.OrganisationId;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Second factor for privileged roles, the breached-password list, and seeing and ending one's sessions. */
@HavenIntegrationTest
class SignInHardeningTest {

    private static final String PASSWORD = "violet cargo lantern 1987";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired DemoUsers demoUsers;
    @Autowired SecondFactor secondFactor;
    @Autowired org.haven.support.MutableClock clock;
    @Autowired ApiTokens tokens;

    private String newUser(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
        var organisation = demoUsers.user("caseworker").organisationId();
        accounts.create(Actor.system("test"), username, "Test " + role, organisation, EnumSet.of(role), PASSWORD);
        return username;
    }

    private MockHttpSession signIn(String username) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", username).param("password", PASSWORD));
        return session;
    }

    @Test
    void a_privileged_role_must_set_up_a_second_factor_before_anything_else_and_cannot_remove_it() throws Exception {
        String admin = newUser(Role.ADMINISTRATOR);
        var session = new MockHttpSession();

        mvc.perform(post("/sign-in").session(session).with(csrf()).param("username", admin).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());

        var id = accounts.findByUsername(admin).orElseThrow().id();
        String secret = accounts.proposeSecondFactorSecret();
        accounts.enrolSecondFactor(Actor.system("test"), id, secret, secondFactor.codeAt(secret, clock.instant()));
        clock.advance(java.time.Duration.ofSeconds(31));
        assertThatThrownBy(() -> accounts.removeSecondFactor(Actor.system("test"), id, secondFactor.codeAt(secret, clock.instant())))
                .hasMessageContaining("totp.required-cannot-remove");
    }

    @Test
    void a_role_without_privileges_signs_in_with_the_password_alone() throws Exception {
        String caseworker = newUser(Role.CASEWORKER);
        mvc.perform(post("/sign-in").with(csrf()).param("username", caseworker).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_password_from_the_breach_lists_or_one_easy_to_guess_is_refused_with_the_reason() {
        var organisation = demoUsers.user("caseworker").organisationId();
        assertThatThrownBy(() -> accounts.create(Actor.system("test"), "weak-" + UUID.randomUUID().toString().substring(0, 6),
                "Weak", organisation, EnumSet.of(Role.CASEWORKER), "1qaz2wsx3edc")).hasMessageContaining("password.breached");
        assertThatThrownBy(() -> accounts.create(Actor.system("test"), "weak-" + UUID.randomUUID().toString().substring(0, 6),
                "Weak", organisation, EnumSet.of(Role.CASEWORKER), "qwertyuiopasdf")).hasMessageContaining("password.guessable");
    }

    @Test
    void changing_to_a_breached_password_on_the_account_page_says_why_and_keeps_the_old_one() throws Exception {
        String caseworker = newUser(Role.CASEWORKER);
        var session = signIn(caseworker);

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "password1234").param("confirmPassword", "password1234"))
                .andExpect(content().string(containsString("leaked in breaches")));
        mvc.perform(post("/sign-in").with(csrf()).param("username", caseworker).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_user_sees_where_they_are_signed_in_and_signs_out_another_browser() throws Exception {
        String caseworker = newUser(Role.CASEWORKER);
        var laptop = signIn(caseworker);
        var sharedComputer = signIn(caseworker);
        mvc.perform(get("/cases").session(sharedComputer)).andExpect(status().isOk());

        var page = mvc.perform(get("/account").session(laptop))
                .andExpect(content().string(containsString("Where you are signed in")))
                .andExpect(content().string(containsString("This browser")))
                .andReturn().getResponse().getContentAsString();
        String other = page.replaceAll("(?s).*name=\"session\" value=\"([0-9a-f]+)\".*", "$1");
        assertThat(other).matches("[0-9a-f]{16}");

        mvc.perform(post("/account/sessions/end").session(laptop).with(csrf()).param("session", other))
                .andExpect(redirectedUrl("/account#sessions"));

        mvc.perform(get("/cases").session(sharedComputer)).andExpect(redirectedUrl("/sign-in?session-ended"));
        mvc.perform(get("/cases").session(laptop)).andExpect(status().isOk());
    }

    @Test
    void a_tampered_or_expired_api_token_and_an_unknown_session_are_refused() throws Exception {
        var caseworker = demoUsers.user("caseworker");
        String token = tokens.issue(caseworker, "tamper test", java.time.Duration.ofDays(1)).token();
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tampered)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-even-a-token")).andExpect(status().isUnauthorized());
        clock.advance(java.time.Duration.ofDays(2));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

        mvc.perform(get("/cases").cookie(new jakarta.servlet.http.Cookie("HAVEN_SESSION", "forged-session-id")))
                .andExpect(redirectedUrl("/sign-in"));
    }
}
