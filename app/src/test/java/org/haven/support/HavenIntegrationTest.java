package org.haven.support;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * One application context for all integration tests (cached by Spring): a real server on a random
 * port, MockMvc, the embedded PostgreSQL in a fresh directory for this JVM, and the demo data set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.data-dir=${java.io.tmpdir}/haven-test-${random.uuid}",
        "haven.embedded-db.clean=true",
        "haven.demo.mode=auto",
        "haven.tasks.escalation-interval=PT24H",
        "haven.audit.verify-every=PT24H",
        "haven.security.sign-ins-per-minute=1000",
        "haven.security.second-factor-roles=ADMINISTRATOR",
        "haven.retention.run=-",
        "haven.reports.per-source-per-10-minutes=1000",
        "spring.thymeleaf.cache=true"})
@AutoConfigureMockMvc
@org.springframework.test.context.ContextConfiguration(initializers = IdentityProvider.class)
@Import({HavenIntegrationTest.TestClock.class, DemoUsers.class})
@Tag("integration")
public @interface HavenIntegrationTest {

    /** The tests' clock starts at the real current time and only moves when a test moves it. */
    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }

        /** A real SMTP server for the tests (GreenMail), on a free port. */
        @Bean(destroyMethod = "stop")
        com.icegreen.greenmail.util.GreenMail smtpServer() throws java.io.IOException {
            int port;
            try (var probe = new java.net.ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            var server = new com.icegreen.greenmail.util.GreenMail(
                    new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        }

        @Bean
        org.springframework.mail.javamail.JavaMailSender mailSender(com.icegreen.greenmail.util.GreenMail smtpServer) {
            var sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtpServer.getSmtp().getServerSetup().getPort());
            return sender;
        }
    }
}
