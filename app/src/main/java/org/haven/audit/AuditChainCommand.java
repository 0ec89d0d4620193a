package org.haven.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar haven.jar --haven.audit.verify-and-exit=true --spring.main.web-application-type=none}:
 * checks the audit log's hash chain, prints the outcome and exits (0 intact, 3 broken), for an
 * operator's own schedule or after restoring a backup. See docs/operations.md.
 */
@Component
@ConditionalOnProperty("haven.audit.verify-and-exit")
class AuditChainCommand implements ApplicationRunner {

    private final AuditChain chain;
    private final ApplicationContext context;

    AuditChainCommand(AuditChain chain, ApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var verification = chain.verify();
        if (verification.intact()) {
            System.out.println("Audit log intact: " + verification.sealsChecked() + " sealed entries recomputed.");
        } else {
            System.out.println("AUDIT LOG BROKEN:");
            verification.problems().forEach(problem -> System.out.println("  - " + problem));
        }
        int code = verification.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
