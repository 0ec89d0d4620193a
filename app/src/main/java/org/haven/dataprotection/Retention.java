package org.haven.dataprotection;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.haven.access.Role;
import org.haven.access.SignedInUser;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.NoAccess;
import org.haven.platform.subject.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The retention rules of every module, run every night (ShedLock: one node), skipping cases under
 * legal hold; and the preview of what the next run will delete or anonymise.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final List<RetentionRule> rules;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final Clock clock;

    Retention(List<RetentionRule> rules, LegalHolds holds, AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
    }

    /** One rule as the preview shows it: what it is, and the records the next run would take. */
    public record Preview(String messageCode, String period, List<String> due) {
    }

    @Transactional(readOnly = true, noRollbackFor = NoAccess.class)
    public List<Preview> preview(SignedInUser auditor) {
        if (!auditor.hasRole(Role.AUDITOR)) {
            audit.record(auditor.actor(), AuditRecord.refused("retention.previewed", "retention", null));
            throw new NoAccess("Only the data-protection auditors see the retention preview");
        }
        return previewAt(clock.instant());
    }

    List<Preview> previewAt(Instant now) {
        var held = holds.heldCases();
        return rules.stream().map(rule -> new Preview(rule.messageCode(), rule.period(), rule.due(now, held))).toList();
    }

    @Scheduled(cron = "${haven.retention.run:0 30 2 * * *}", zone = "${haven.time-zone}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT1H")
    public void applyOnSchedule() {
        applyAt(clock.instant());
    }

    /** Applies every rule as of {@code now}, in one transaction per run; the number of records taken. */
    @Transactional
    public int applyAt(Instant now) {
        var held = holds.heldCases();
        int total = 0;
        for (var rule : rules) {
            int taken = rule.apply(now, held);
            if (taken > 0) {
                audit.record(Actor.system("retention"), AuditRecord.succeeded("retention.applied", "retention", rule.messageCode())
                        .withDetails(taken + " records, kept " + rule.period()));
                log.info("Retention rule {} took {} records", rule.messageCode(), taken);
            }
            total += taken;
        }
        return total;
    }
}
