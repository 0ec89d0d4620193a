package org.haven.screening;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A multidisciplinary age assessment with the benefit of the doubt: the lowest plausible age
 * decides, and a person is assessed an adult only when even that is 18 or more. Until such a
 * decision is recorded, a person whose age is disputed is treated as a child. An appeal is recorded
 * on the assessment; what the appeal decides is recorded as a new assessment decision.
 */
@Table("screening_age_assessment")
public class AgeAssessment {

    public static final int MAX_TEXT_LENGTH = 2000;

    private final @Id UUID id;
    private final UUID caseId;
    @MappedCollection(idColumn = "age_assessment")
    private final Set<AssessedMethod> methods;
    private final String professionals;
    private final boolean benefitOfDoubtApplied;
    private final int youngestAge;
    private final int oldestAge;
    private final AgeOutcome outcome;
    private final LocalDate decidedOn;
    private final UUID decidedBy;
    private final Instant recordedAt;
    private final String reasons;
    private LocalDate appealLodgedOn;
    private @Version Long version;

    @PersistenceCreator
    AgeAssessment(UUID id, UUID caseId, Set<AssessedMethod> methods, String professionals,
                  boolean benefitOfDoubtApplied, int youngestAge, int oldestAge, AgeOutcome outcome,
                  LocalDate decidedOn, UUID decidedBy, Instant recordedAt, String reasons, LocalDate appealLodgedOn,
                  Long version) {
        this.id = id;
        this.caseId = caseId;
        this.methods = methods;
        this.professionals = professionals;
        this.benefitOfDoubtApplied = benefitOfDoubtApplied;
        this.youngestAge = youngestAge;
        this.oldestAge = oldestAge;
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.recordedAt = recordedAt;
        this.reasons = reasons;
        this.appealLodgedOn = appealLodgedOn;
        this.version = version;
    }

    /** What the assessing professionals concluded, as recorded by the person deciding. */
    public record Conclusion(Set<AssessmentMethod> methods, String professionals, boolean benefitOfDoubtApplied,
                             Integer youngestAge, Integer oldestAge, AgeOutcome outcome, LocalDate decidedOn,
                             String reasons) {
    }

    static AgeAssessment decide(UUID caseId, Conclusion c, UUID by, Instant now, LocalDate today) {
        if (c.methods() == null || c.methods().isEmpty()) {
            throw new DomainRuleViolation("age.methods.required");
        }
        if (c.outcome() == null || c.decidedOn() == null || c.youngestAge() == null || c.oldestAge() == null) {
            throw new DomainRuleViolation("age.incomplete");
        }
        if (c.youngestAge() < 0 || c.oldestAge() > 30 || c.youngestAge() > c.oldestAge()) {
            throw new DomainRuleViolation("age.range.invalid");
        }
        if (c.decidedOn().isAfter(today)) {
            throw new DomainRuleViolation("age.decided.future");
        }
        if (blank(c.professionals())) {
            throw new DomainRuleViolation("age.professionals.required");
        }
        if (c.methods().stream().anyMatch(AssessmentMethod.MEDICAL::contains) && blank(c.reasons())) {
            throw new DomainRuleViolation("age.medical.needs-reasons");
        }
        if (c.outcome() == AgeOutcome.ADULT && (!c.benefitOfDoubtApplied() || c.youngestAge() < 18)) {
            throw new DomainRuleViolation("age.adult.needs-benefit-of-doubt");
        }
        if (c.outcome() != AgeOutcome.ADULT && c.youngestAge() >= 18) {
            throw new DomainRuleViolation("age.minor.range-contradicts");
        }
        if (tooLong(c.professionals()) || tooLong(c.reasons())) {
            throw new DomainRuleViolation("screening.text.too-long", MAX_TEXT_LENGTH);
        }
        return new AgeAssessment(UUID.randomUUID(), caseId,
                c.methods().stream().map(AssessedMethod::new).collect(Collectors.toCollection(HashSet::new)),
                c.professionals().strip(), c.benefitOfDoubtApplied(), c.youngestAge(), c.oldestAge(), c.outcome(),
                c.decidedOn(), by, now, blank(c.reasons()) ? null : c.reasons().strip(), null, null);
    }

    void lodgeAppeal(LocalDate on) {
        if (appealLodgedOn != null) {
            throw new DomainRuleViolation("age.appeal.already-lodged");
        }
        if (on == null || on.isBefore(decidedOn)) {
            throw new DomainRuleViolation("age.appeal.date-invalid");
        }
        appealLodgedOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public Collection<AssessmentMethod> methods() {
        return methods.stream().map(AssessedMethod::method).sorted().toList();
    }

    public String professionals() {
        return professionals;
    }

    public boolean benefitOfDoubtApplied() {
        return benefitOfDoubtApplied;
    }

    public int youngestAge() {
        return youngestAge;
    }

    public int oldestAge() {
        return oldestAge;
    }

    public AgeOutcome outcome() {
        return outcome;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate appealLodgedOn() {
        return appealLodgedOn;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > MAX_TEXT_LENGTH;
    }
}
