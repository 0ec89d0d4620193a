package org.haven.screening;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A screening of one child, in one case, against one version of the indicator catalogue: the
 * observations, and the decision a responsible person takes with the suggestion in front of them.
 */
@Table("screening_screening")
public class Screening extends AbstractAggregateRoot<Screening> {

    public static final int MAX_TEXT_LENGTH = 2000;

    private final @Id UUID id;
    private final UUID caseId;
    private final int catalogueVersion;
    private final Instant startedAt;
    private final UUID startedBy;
    @MappedCollection(idColumn = "screening")
    private Set<Observation> observations;
    private VictimStatus decisionStatus;
    private java.time.LocalDate decidedOn;
    private String decisionAuthority;
    private String decisionLegalBasis;
    private String decisionReasons;
    private Instant decidedAt;
    private UUID decidedBy;
    @MappedCollection(idColumn = "screening")
    private Set<DecidedForm> decidedForms;
    private @Version Long version;

    @PersistenceCreator
    Screening(UUID id, UUID caseId, int catalogueVersion, Instant startedAt, UUID startedBy,
              Set<Observation> observations, VictimStatus decisionStatus, java.time.LocalDate decidedOn,
              String decisionAuthority, String decisionLegalBasis, String decisionReasons, Instant decidedAt,
              UUID decidedBy, Set<DecidedForm> decidedForms, Long version) {
        this.id = id;
        this.caseId = caseId;
        this.catalogueVersion = catalogueVersion;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.observations = observations;
        this.decisionStatus = decisionStatus;
        this.decidedOn = decidedOn;
        this.decisionAuthority = decisionAuthority;
        this.decisionLegalBasis = decisionLegalBasis;
        this.decisionReasons = decisionReasons;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.decidedForms = decidedForms;
        this.version = version;
    }

    static Screening start(UUID caseId, IndicatorCatalogue catalogue, UUID by, Instant now) {
        return new Screening(UUID.randomUUID(), caseId, catalogue.version(), now, by, new HashSet<>(), null, null,
                null, null, null, null, null, new HashSet<>(), null);
    }

    /** Records an indicator as observed; observing it again replaces the earlier note and source. */
    void observe(Observation observation, IndicatorCatalogue catalogue) {
        if (!catalogue.contains(observation.indicatorCode())) {
            throw new DomainRuleViolation("screening.indicator.unknown");
        }
        if (observation.note() != null && observation.note().length() > Observation.MAX_NOTE_LENGTH) {
            throw new DomainRuleViolation("screening.note.too-long", Observation.MAX_NOTE_LENGTH);
        }
        Urgency before = isProtective() ? suggestion(catalogue).urgency() : null;
        observations.removeIf(o -> o.indicatorCode().equals(observation.indicatorCode()));
        observations.add(observation);
        if (before != null && suggestion(catalogue).urgency().compareTo(before) > 0) {
            // Protection is already running: what was learnt now makes it more urgent.
            registerEvent(new ProtectionUrgencyRaised(caseId, suggestion(catalogue).urgency()));
        }
        var indicator = catalogue.find(observation.indicatorCode()).orElseThrow();
        if (decisionStatus == VictimStatus.NOT_A_VICTIM && indicator.kind() == IndicatorKind.INDICATOR
                && indicator.severity() == Severity.SEVERE) {
            // "Not a victim" cannot stand next to a severe indicator: the decision has to be taken again.
            reopenDecision();
        }
    }

    private boolean isProtective() {
        return decisionStatus != null && decisionStatus != VictimStatus.NOT_A_VICTIM;
    }

    private void reopenDecision() {
        decisionStatus = null;
        decidedOn = null;
        decisionAuthority = null;
        decisionLegalBasis = null;
        decisionReasons = null;
        decidedAt = null;
        decidedBy = null;
        decidedForms = new HashSet<>();
    }

    /** Takes back an observation recorded in error (the audit log keeps that it was made). */
    void withdraw(String indicatorCode) {
        if (!observations.removeIf(o -> o.indicatorCode().equals(indicatorCode))) {
            throw new DomainRuleViolation("screening.observation.not-recorded");
        }
    }

    public Suggestion suggestion(IndicatorCatalogue catalogue) {
        return ScreeningRules.suggest(observedCodes(), catalogue);
    }

    /**
     * The responsible person's decision. "Not a victim" is refused while a severe indicator stands:
     * the observation has to be withdrawn first, on the record. Identification needs the deciding
     * authority and the legal basis.
     */
    void decide(Decision decision, IndicatorCatalogue catalogue, UUID by, Instant now) {
        var suggestion = suggestion(catalogue);
        boolean severeObserved = suggestion.reasons().stream()
                .anyMatch(r -> r.messageCode().equals("screening.reason.severe"));
        if (decision.status() == null || decision.decidedOn() == null) {
            throw new DomainRuleViolation("screening.decision.incomplete");
        }
        if (decision.status() == VictimStatus.NOT_A_VICTIM && severeObserved) {
            throw new DomainRuleViolation("screening.decision.severe-observed");
        }
        if (decision.status() == VictimStatus.IDENTIFIED_VICTIM
                && (blank(decision.authority()) || blank(decision.legalBasis()))) {
            throw new DomainRuleViolation("screening.decision.identification-needs-authority");
        }
        if (decision.decidedOn().isAfter(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new DomainRuleViolation("screening.decision.future");
        }
        if (tooLong(decision.authority()) || tooLong(decision.legalBasis()) || tooLong(decision.reasons())) {
            throw new DomainRuleViolation("screening.text.too-long", MAX_TEXT_LENGTH);
        }
        boolean protectionStartsNow = decision.status() != VictimStatus.NOT_A_VICTIM
                && (decisionStatus == null || decisionStatus == VictimStatus.NOT_A_VICTIM);
        decisionStatus = decision.status();
        decidedOn = decision.decidedOn();
        decisionAuthority = decision.authority();
        decisionLegalBasis = decision.legalBasis();
        decisionReasons = decision.reasons();
        decidedAt = now;
        decidedBy = by;
        decidedForms = decision.forms().stream().map(DecidedForm::new).collect(Collectors.toCollection(HashSet::new));
        if (protectionStartsNow) {
            registerEvent(new ChildPresumedVictim(id(), caseId, decision.status(), suggestion.urgency(),
                    decision.forms()));
        }
        registerEvent(new ScreeningDecided(id(), caseId));
    }

    public ScreeningId id() {
        return new ScreeningId(id);
    }

    public UUID caseId() {
        return caseId;
    }

    public int catalogueVersion() {
        return catalogueVersion;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<Observation> observations() {
        return observations.stream().sorted(Comparator.comparing(Observation::observedAt)).toList();
    }

    public Set<String> observedCodes() {
        return observations.stream().map(Observation::indicatorCode).collect(Collectors.toSet());
    }

    public Optional<Decision> decision() {
        if (decisionStatus == null) {
            return Optional.empty();
        }
        return Optional.of(new Decision(decisionStatus,
                decidedForms.stream().map(DecidedForm::form).collect(Collectors.toSet()), decidedOn,
                decisionAuthority, decisionLegalBasis, decisionReasons));
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public UUID decidedBy() {
        return decidedBy;
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
