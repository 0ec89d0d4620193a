package org.haven.casework;

import org.haven.access.Section;
import org.haven.access.SignedInUser;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.platform.NotFound;
import org.haven.platform.crypto.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * Where the child lives, over time, without overlaps. A closed or secure placement is a last resort:
 * it needs a judicial decision with written reasons and an end date within the legal limit, and its
 * reviews become tasks. When a child has had more restrictive measures in a period than the law
 * expects, an independent review is raised for the national coordinator.
 */
@Service
@Transactional(noRollbackFor = NoAccess.class)
public class Placements {

    private final org.springframework.context.ApplicationEventPublisher events;

    public enum Kind { FOSTER_FAMILY, SPECIALISED_SHELTER, CHILDRENS_HOME, SUPPORTED_LODGING, SECURE_UNIT, OTHER }

    /** A placement as recorded; the judicial fields are for restrictive ones. */
    public record Placement(UUID id, Kind kind, String address, LocalDate from, LocalDate to, boolean restrictive,
                            String judicialDecision, String decisionReasons, LocalDate decidedOn, LocalDate endsOn) {

        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            LocalDate end = to == null ? LocalDate.MAX : to;
            LocalDate otherEnd = otherTo == null ? LocalDate.MAX : otherTo;
            return from.isBefore(otherEnd) && otherFrom.isBefore(end);
        }
    }

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final Tasks tasks;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final Period maxRestrictive;
    private final Period reviewEvery;
    private final int reviewThreshold;
    private final Period reviewWindow;

    Placements(JdbcClient jdbc, CaseFiles caseFiles, Tasks tasks, FieldCipher cipher, AuditTrail audit, Clock clock,
               @Value("${haven.restrictive-measures.max-length}") Period maxRestrictive,
               @Value("${haven.restrictive-measures.review-every}") Period reviewEvery,
               @Value("${haven.restrictive-measures.independent-review-after}") int reviewThreshold,
               @Value("${haven.restrictive-measures.counted-over}") Period reviewWindow,
               org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.tasks = tasks;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.maxRestrictive = maxRestrictive;
        this.reviewEvery = reviewEvery;
        this.reviewThreshold = reviewThreshold;
        this.reviewWindow = reviewWindow;
    }

    public UUID place(SignedInUser user, CaseId caseId, Placement placement) {
        caseFiles.requireManager(user, caseId, "placement.recorded");
        validate(caseId, placement);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO casework_placement (id, case_id, kind, address, from_date, to_date, restrictive,
                               judicial_decision, decision_reasons, decided_on, ends_on, recorded_by, recorded_at)
                        VALUES (:id, :case, :kind, :address, :from, :to, :restrictive, :decision, :reasons, :decided,
                                :ends, :by, :at)""")
                .param("id", id).param("case", caseId.value()).param("kind", placement.kind().name())
                .param("address", cipher.encryptIfPresent(placement.address())).param("from", placement.from()).param("to", placement.to())
                .param("restrictive", isRestrictive(placement)).param("decision", trim(placement.judicialDecision()))
                .param("reasons", cipher.encryptIfPresent(placement.decisionReasons())).param("decided", placement.decidedOn())
                .param("ends", placement.endsOn()).param("by", user.id().value())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.record(user.actor(), AuditRecord.succeeded("placement.recorded", "placement", id).inCase(caseId.value())
                .withDetails(placement.kind() + (isRestrictive(placement) ? ", restrictive: " + trim(placement.judicialDecision()) : "")));
        if (isRestrictive(placement)) {
            planReviews(user, caseId, placement);
        }
        events.publishEvent(new CaseFactsChanged(caseId));
        return id;
    }

    /** Ends a placement on a day (the child moves on); needed before a new one starts. */
    public void end(SignedInUser user, UUID placementId, LocalDate on) {
        var caseId = caseOf(placementId);
        caseFiles.requireManager(user, caseId, "placement.ended");
        var placement = load(placementId);
        if (on == null || !on.isAfter(placement.from()) || placement.to() != null && placement.to().isBefore(on)) {
            throw new DomainRuleViolation("placement.end.invalid");
        }
        jdbc.sql("UPDATE casework_placement SET to_date = :on WHERE id = :id").param("on", on).param("id", placementId).update();
        audit.record(user.actor(), AuditRecord.succeeded("placement.ended", "placement", placementId).inCase(caseId.value()));
        events.publishEvent(new CaseFactsChanged(caseId));
    }

    public List<Placement> ofCase(SignedInUser user, CaseId caseId) {
        caseFiles.requireSection(user, caseId, Section.ACCOMMODATION_ADDRESS, "placement.listed");
        audit.record(user.actor(), AuditRecord.succeeded("placement.listed", "case", caseId).inCase(caseId.value()));
        return list(caseId);
    }

    private void validate(CaseId caseId, Placement p) {
        if (p.kind() == null || p.from() == null) {
            throw new DomainRuleViolation("placement.incomplete");
        }
        if (p.to() != null && !p.to().isAfter(p.from())) {
            throw new DomainRuleViolation("placement.to-before-from");
        }
        for (String text : new String[]{p.address(), p.judicialDecision(), p.decisionReasons()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new DomainRuleViolation("placement.too-long", MAX_TEXT);
            }
        }
        if (isRestrictive(p)) {
            // Last resort, decided by a court, with reasons and a time limit.
            if (blank(p.judicialDecision()) || blank(p.decisionReasons()) || p.decidedOn() == null || p.endsOn() == null) {
                throw new DomainRuleViolation("placement.restrictive.needs-judicial-decision");
            }
            if (!p.endsOn().isAfter(p.from()) || p.endsOn().isAfter(p.from().plus(maxRestrictive))
                    || p.to() != null && p.to().isAfter(p.endsOn())) {
                throw new DomainRuleViolation("placement.restrictive.too-long", maxRestrictive.toTotalMonths());
            }
        }
        list(caseId).stream().filter(existing -> existing.overlaps(p.from(), p.to())).findFirst().ifPresent(existing -> {
            throw new DomainRuleViolation("placement.overlap", existing.from().toString(),
                    existing.to() == null ? "–" : existing.to().toString());
        });
    }

    private void planReviews(SignedInUser user, CaseId caseId, Placement p) {
        Duration within = Duration.between(clock.instant(),
                p.from().plus(reviewEvery).atTime(LocalTime.NOON).atZone(tasks.zone()).toInstant());
        tasks.assign(user.actor(), caseId, TaskKind.PLACEMENT_REVIEW, null, null,
                clock.instant().plus(within.isNegative() ? Duration.ZERO : within), Escalation.SUPERVISOR);
        LocalDate windowStart = LocalDate.now(clock.withZone(tasks.zone())).minus(reviewWindow);
        long measures = jdbc.sql("""
                        SELECT count(*) FROM casework_placement WHERE case_id = :case AND restrictive
                        AND from_date >= :since""")
                .param("case", caseId.value()).param("since", windowStart).query(Long.class).single();
        if (measures >= reviewThreshold) {
            tasks.assign(user.actor(), caseId, TaskKind.INDEPENDENT_REVIEW, null, null,
                    clock.instant().plus(Duration.ofDays(7)), Escalation.COORDINATOR);
            audit.record(user.actor(), AuditRecord.succeeded("placement.independent-review-raised", "case", caseId)
                    .inCase(caseId.value()).withDetails(measures + " restrictive measures since " + windowStart));
        }
    }

    private List<Placement> list(CaseId caseId) {
        return jdbc.sql("SELECT id FROM casework_placement WHERE case_id = :case ORDER BY from_date")
                .param("case", caseId.value()).query(UUID.class).list().stream().map(this::load).toList();
    }

    private CaseId caseOf(UUID placementId) {
        return jdbc.sql("SELECT case_id FROM casework_placement WHERE id = :id").param("id", placementId)
                .query(UUID.class).optional().map(CaseId::new).orElseThrow(() -> new NotFound("placement", placementId));
    }

    private Placement load(UUID id) {
        return jdbc.sql("SELECT * FROM casework_placement WHERE id = :id").param("id", id)
                .query((rs, n) -> new Placement(id, Kind.valueOf(rs.getString("kind")), cipher.decrypt(rs.getString("address")),
                        rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                        rs.getBoolean("restrictive"), rs.getString("judicial_decision"),
                        cipher.decrypt(rs.getString("decision_reasons")), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional().orElseThrow(() -> new NotFound("placement", id));
    }

    private static boolean isRestrictive(Placement p) {
        return p.restrictive() || p.kind() == Kind.SECURE_UNIT;
    }


    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
