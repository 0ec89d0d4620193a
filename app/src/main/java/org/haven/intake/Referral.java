package org.haven.intake;

import org.haven.platform.DomainRuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import org.haven.person.ChildDetails;
import org.haven.platform.crypto.SecretText;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A professional's report that a child may be exploited: kept as a draft while it is written,
 * submitted to the lead agency of the area, and accepted into a case, sent back with a question,
 * or transferred to another agency with a reason.
 */
@Table("intake_referral")
public class Referral {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_SHORT = 200;

    private final @Id UUID id;
    private final UUID referrerId;
    private final UUID referrerAgencyId;
    private ReferralStatus status;
    private String givenNames;
    private String familyName;
    private Integer estimatedAge;
    private LocalDate dateOfBirth;
    private String nationalities;
    private String sex;
    private String language;
    private String place;
    private String region;
    private String observedWhen;
    private SecretText observations;
    private SecretText accompanyingAdults;
    private boolean immediateDanger;
    private boolean alreadyKnown;
    @MappedCollection(idColumn = "referral")
    private Set<ReferredIndicator> indicators;
    private UUID targetAgencyId;
    private SecretText question;
    private SecretText transferReason;
    private UUID caseId;
    private final Instant createdAt;
    private Instant submittedAt;
    private Instant acceptedAt;
    private @Version Long version;

    @PersistenceCreator
    Referral(UUID id, UUID referrerId, UUID referrerAgencyId, ReferralStatus status, String givenNames,
             String familyName, Integer estimatedAge, String sex, String language, String place, String region,
             String observedWhen, SecretText observations, SecretText accompanyingAdults, boolean immediateDanger,
             boolean alreadyKnown, Set<ReferredIndicator> indicators, UUID targetAgencyId, SecretText question,
             SecretText transferReason, UUID caseId, Instant createdAt, Instant submittedAt, Long version,
             LocalDate dateOfBirth, String nationalities, Instant acceptedAt) {
        this.acceptedAt = acceptedAt;
        this.id = id;
        this.referrerId = referrerId;
        this.referrerAgencyId = referrerAgencyId;
        this.status = status;
        this.givenNames = givenNames;
        this.familyName = familyName;
        this.estimatedAge = estimatedAge;
        this.dateOfBirth = dateOfBirth;
        this.nationalities = nationalities;
        this.sex = sex;
        this.language = language;
        this.place = place;
        this.region = region;
        this.observedWhen = observedWhen;
        this.observations = observations;
        this.accompanyingAdults = accompanyingAdults;
        this.immediateDanger = immediateDanger;
        this.alreadyKnown = alreadyKnown;
        this.indicators = indicators;
        this.targetAgencyId = targetAgencyId;
        this.question = question;
        this.transferReason = transferReason;
        this.caseId = caseId;
        this.createdAt = createdAt;
        this.submittedAt = submittedAt;
        this.version = version;
    }

    /** The most nationalities a referral names. */
    public static final int MAX_NATIONALITIES = 5;

    /**
     * What the referrer writes; every field may be empty while it is a draft. A date of birth (from a
     * document) is taken over the estimated age when the child is registered.
     */
    public record Content(String givenNames, String familyName, Integer estimatedAge, String sex, String language,
                          String place, String region, String observedWhen, String observations,
                          String accompanyingAdults, boolean immediateDanger, boolean alreadyKnown,
                          Set<String> indicators, LocalDate dateOfBirth, List<String> nationalities) {

        public Content {
            nationalities = nationalities == null ? List.of()
                    : nationalities.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        }

        /** What a referrer writes without a document: no date of birth, no nationality. */
        public Content(String givenNames, String familyName, Integer estimatedAge, String sex, String language,
                       String place, String region, String observedWhen, String observations,
                       String accompanyingAdults, boolean immediateDanger, boolean alreadyKnown, Set<String> indicators) {
            this(givenNames, familyName, estimatedAge, sex, language, place, region, observedWhen, observations,
                    accompanyingAdults, immediateDanger, alreadyKnown, indicators, null, List.of());
        }
    }

    static Referral draft(UUID referrerId, UUID referrerAgencyId, Instant now) {
        return new Referral(UUID.randomUUID(), referrerId, referrerAgencyId, ReferralStatus.DRAFT, null, null, null,
                null, null, null, null, null, null, null, false, false, new HashSet<>(), null, null, null, null, now,
                null, null, null, null, null);
    }

    /** Saves what was typed so far; a draft loses nothing, even when it is not yet complete. */
    void write(Content c, LocalDate today) {
        if (!isEditable()) {
            throw new DomainRuleViolation("referral.not-editable");
        }
        if (c.estimatedAge() != null && (c.estimatedAge() < 0 || c.estimatedAge() > 25)) {
            throw new DomainRuleViolation("referral.age.invalid");
        }
        if (c.dateOfBirth() != null && (c.dateOfBirth().isAfter(today) || c.dateOfBirth().isBefore(today.minusYears(26)))) {
            throw new DomainRuleViolation("referral.birth-date.invalid");
        }
        if (c.nationalities().size() > MAX_NATIONALITIES || !c.nationalities().stream().allMatch(ChildDetails::isCountry)) {
            throw new DomainRuleViolation("referral.nationality.invalid", MAX_NATIONALITIES);
        }
        if (tooLong(c.givenNames(), MAX_SHORT) || tooLong(c.familyName(), MAX_SHORT) || tooLong(c.place(), MAX_SHORT)
                || tooLong(c.observedWhen(), MAX_SHORT) || tooLong(c.observations(), MAX_TEXT)
                || tooLong(c.accompanyingAdults(), MAX_TEXT) || tooLong(c.region(), MAX_SHORT)) {
            throw new DomainRuleViolation("referral.too-long");
        }
        givenNames = clean(c.givenNames());
        familyName = clean(c.familyName());
        estimatedAge = c.estimatedAge();
        dateOfBirth = c.dateOfBirth();
        nationalities = c.nationalities().isEmpty() ? null : String.join(",", c.nationalities());
        sex = clean(c.sex());
        language = clean(c.language());
        place = clean(c.place());
        region = clean(c.region());
        observedWhen = clean(c.observedWhen());
        observations = SecretText.of(clean(c.observations()));
        accompanyingAdults = SecretText.of(clean(c.accompanyingAdults()));
        immediateDanger = c.immediateDanger();
        alreadyKnown = c.alreadyKnown();
        indicators = c.indicators() == null ? new HashSet<>()
                : c.indicators().stream().map(ReferredIndicator::new).collect(Collectors.toCollection(HashSet::new));
    }

    /** Sends the referral to the lead agency; what was observed, in the referrer's words, is all it needs. */
    void submit(UUID leadAgencyId, Instant now) {
        if (status != ReferralStatus.DRAFT && status != ReferralStatus.MORE_INFORMATION_REQUESTED) {
            throw new DomainRuleViolation("referral.already-submitted");
        }
        if (observations == null) {
            throw new DomainRuleViolation("referral.observations.required");
        }
        status = ReferralStatus.SUBMITTED;
        targetAgencyId = leadAgencyId;
        submittedAt = now;
    }

    void askForMoreInformation(String question) {
        requireSubmitted();
        if (question == null || question.isBlank() || question.length() > MAX_TEXT) {
            throw new DomainRuleViolation("referral.question.required");
        }
        this.question = SecretText.of(question.strip());
        status = ReferralStatus.MORE_INFORMATION_REQUESTED;
    }

    void transfer(UUID toAgencyId, String reason) {
        requireSubmitted();
        if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
            throw new DomainRuleViolation("referral.transfer.reason-required");
        }
        if (toAgencyId.equals(targetAgencyId)) {
            throw new DomainRuleViolation("referral.transfer.same-agency");
        }
        targetAgencyId = toAgencyId;
        transferReason = SecretText.of(reason.strip());
    }

    void accept(UUID intoCase, Instant now) {
        requireSubmitted();
        caseId = intoCase;
        status = ReferralStatus.ACCEPTED;
        acceptedAt = now;
    }

    private void requireSubmitted() {
        if (status != ReferralStatus.SUBMITTED) {
            throw new DomainRuleViolation("referral.not-submitted");
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }

    public UUID id() { return id; }
    public UUID referrerId() { return referrerId; }
    public UUID referrerAgencyId() { return referrerAgencyId; }
    public ReferralStatus status() { return status; }

    /** Whether the referrer may still change it: a draft, or sent back with a question. */
    public boolean isEditable() {
        return status == ReferralStatus.DRAFT || status == ReferralStatus.MORE_INFORMATION_REQUESTED;
    }
    public String givenNames() { return givenNames; }
    public String familyName() { return familyName; }
    public Integer estimatedAge() { return estimatedAge; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public List<String> nationalities() { return nationalities == null ? List.of() : List.of(nationalities.split(",")); }
    public String sex() { return sex; }
    public String language() { return language; }
    public String place() { return place; }
    public String region() { return region; }
    public String observedWhen() { return observedWhen; }
    public String observations() { return SecretText.text(observations); }
    public String accompanyingAdults() { return SecretText.text(accompanyingAdults); }
    public boolean immediateDanger() { return immediateDanger; }
    public boolean alreadyKnown() { return alreadyKnown; }
    public List<String> indicators() {
        return indicators.stream().map(ReferredIndicator::code).sorted(Comparator.naturalOrder()).toList();
    }
    public UUID targetAgencyId() { return targetAgencyId; }
    public String question() { return SecretText.text(question); }
    public String transferReason() { return SecretText.text(transferReason); }
    public UUID caseId() { return caseId; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public long version() { return version == null ? 0 : version; }

    public Content content() {
        return new Content(givenNames, familyName, estimatedAge, sex, language, place, region, observedWhen,
                observations(), accompanyingAdults(), immediateDanger, alreadyKnown, Set.copyOf(indicators()), dateOfBirth,
                nationalities());
    }
}
