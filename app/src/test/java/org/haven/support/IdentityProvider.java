package org.haven.support;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Map;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server), started once per JVM
 * before the shared context, which is configured to offer single sign-on through it.
 */
public final class IdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "idp";
    private static MockOAuth2Server server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.security.oauth2.client.registration.haven.client-id=haven",
                "spring.security.oauth2.client.registration.haven.client-secret=haven-test-secret",
                "spring.security.oauth2.client.registration.haven.client-name=Test identity provider",
                "spring.security.oauth2.client.registration.haven.scope=openid,profile",
                "spring.security.oauth2.client.provider.haven.issuer-uri=" + server().issuerUrl(ISSUER)
        ).applyTo(context);
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The next sign-in at the provider is this person, with this username claim. */
    public static void nextSignInIs(String subject, String username) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("haven"),
                Map.of("preferred_username", username), 3600));
    }
}
