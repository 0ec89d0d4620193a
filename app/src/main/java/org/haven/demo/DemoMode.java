package org.haven.demo;

import org.haven.access.Accounts;
import org.haven.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Decides whether to create demo data: "auto" (the default) on the first start of an empty embedded
 * database only, "true" also on an external database, "false" never.
 */
@Component
@Order(0)
class DemoMode implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final DemoData demoData;
    private final Directory directory;
    private final Accounts accounts;
    private final String mode;
    private final boolean embedded;
    private final String password;

    DemoMode(DemoData demoData, Directory directory, Accounts accounts, @Value("${haven.demo.mode}") String mode,
             @Value("${spring.datasource.url:}") String externalUrl, @Value("${haven.demo.password}") String password) {
        this.demoData = demoData;
        this.directory = directory;
        this.accounts = accounts;
        this.mode = mode.strip().toLowerCase();
        this.embedded = externalUrl.isBlank();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wanted(mode, embedded) && directory.isEmpty()) {
            log.info("Empty database: creating the synthetic demo data set");
            demoData.create(password);
        }
    }

    /** Demo data goes into an external database only when explicitly asked for. */
    static boolean wanted(String mode, boolean embeddedDatabase) {
        return "true".equals(mode) || ("auto".equals(mode) && embeddedDatabase);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void printLogins() {
        if ("false".equals(mode) || accounts.findByUsername(DemoData.USERS.get(0).username()).isEmpty()) {
            return;
        }
        var text = new StringBuilder("\n\nDemo logins (synthetic data; password for all: ").append(password).append(")\n");
        DemoData.USERS.forEach(u -> text.append("  %-18s %s%n".formatted(u.username(), u.roles()[0])));
        text.append("Administrators, auditors, coordinators and focal points set up a second factor (any authenticator app) at their first sign-in.\n");
        log.info(text.toString());
    }
}
