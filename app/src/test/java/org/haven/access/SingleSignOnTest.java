package org.haven.access;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.IdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Single sign-on through a real OpenID Connect provider (mock-oauth2-server), the whole redirect
 * dance over HTTP: the provider says who the person is, Haven says what they may do.
 */
@HavenIntegrationTest
class SingleSignOnTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private HttpResponse<String> signInAtTheProvider() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/haven")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_sign_in_page_offers_the_organisations_provider() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("Sign in with Test identity provider")));
    }

    @Test
    void someone_the_provider_signs_in_works_with_their_haven_account_and_roles() throws Exception {
        IdentityProvider.nextSignInIs("sub-4711", "caseworker");

        var landed = signInAtTheProvider();

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/cases");
        assertThat(landed.body()).contains("Ingrid Berg");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'sign-in.oidc' AND actor_name = 'caseworker' AND outcome = 'SUCCEEDED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void someone_haven_does_not_know_is_sent_back_with_the_reason() throws Exception {
        IdentityProvider.nextSignInIs("sub-0000", "stranger-from-the-provider");

        var landed = signInAtTheProvider();

        assertThat(landed.uri().getPath()).isEqualTo("/sign-in");
        assertThat(landed.body()).contains("Haven has no enabled account with your username");
    }

    @Test
    void a_privileged_role_still_needs_haven_second_factor_after_the_provider() throws Exception {
        IdentityProvider.nextSignInIs("sub-admin", "admin");

        var landed = signInAtTheProvider();

        assertThat(landed.uri().getPath()).isEqualTo("/account/two-factor");
    }
}
