package org.haven.intake.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haven.access.CurrentUser;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.intake.ReferralStatus;
import org.haven.platform.EditConflict;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Another national system (a police or hotline system) submits referrals and follows them. */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = "application/json")
@Tag(name = "Referrals", description = "Refer a child who may be exploited; routed to the lead agency of the area")
@SecurityRequirement(name = "bearer")
class ReferralApi {

    private final Intake intake;

    ReferralApi(Intake intake) {
        this.intake = intake;
    }

    record ReferralRequest(@Size(max = 200) String givenNames, @Size(max = 200) String familyName,
                           @Min(0) @Max(25) Integer estimatedAge, @Size(max = 20) String sex,
                           @Size(max = 3) String language, @Size(max = 200) String place,
                           @Size(max = 200) String region, @Size(max = 200) String observedWhen,
                           @NotBlank @Size(max = 4000) String observations,
                           @Size(max = 4000) String accompanyingAdults, Boolean immediateDanger,
                           Boolean alreadyKnown, @Size(max = 70) Set<@NotBlank @Size(max = 100) String> indicators, Boolean send,
                           java.time.LocalDate dateOfBirth,
                           @Size(max = Referral.MAX_NATIONALITIES) java.util.List<@Size(min = 2, max = 2) String> nationalities) {
        Referral.Content content() {
            return new Referral.Content(givenNames, familyName, estimatedAge, sex, language, place, region,
                    observedWhen, observations, accompanyingAdults, Boolean.TRUE.equals(immediateDanger),
                    Boolean.TRUE.equals(alreadyKnown), indicators == null ? Set.of() : indicators, dateOfBirth, nationalities);
        }

        boolean sendNow() {
            return Boolean.TRUE.equals(send);
        }
    }

    record ReferralResource(UUID id, ReferralStatus status, UUID targetAgencyId, String question, UUID caseId,
                            Instant createdAt, Instant submittedAt, long version, Referral.Content content) {
        static ReferralResource of(Referral r) {
            return new ReferralResource(r.id(), r.status(), r.targetAgencyId(), r.question(), r.caseId(),
                    r.createdAt(), r.submittedAt(), r.version(), r.content());
        }
    }

    record AcceptRequest(@NotNull @Min(0) Long version) {
    }

    record AcceptedResource(UUID caseId, UUID screeningId) {
    }

    @PostMapping
    @Operation(summary = "Write a referral; with send=true it goes straight to the lead agency of the region")
    ResponseEntity<ReferralResource> refer(@Valid @RequestBody ReferralRequest request) {
        var user = CurrentUser.require();
        UUID id = intake.refer(user, request.content(), request.sendNow());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(ReferralResource.of(intake.view(user, id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A referral, for the referrer or the receiving agency")
    ReferralResource get(@PathVariable UUID id) {
        return ReferralResource.of(intake.view(CurrentUser.require(), id));
    }

    @GetMapping("/incoming")
    @Operation(summary = "The caller's agency's incoming referrals, immediate danger first")
    List<ReferralResource> incoming() {
        return intake.incoming(CurrentUser.require()).stream().map(ReferralResource::of).toList();
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Accept into a new case; referred signs start a screening")
    AcceptedResource accept(@PathVariable UUID id, @Valid @RequestBody AcceptRequest request) {
        var user = CurrentUser.require();
        try {
            var accepted = intake.acceptIntoNewCase(user, id, request.version());
            return new AcceptedResource(accepted.caseId().value(), accepted.screening().map(s -> s.value()).orElse(null));
        } catch (EditConflict conflict) {
            throw new EditConflict(ReferralResource.of(intake.view(user, id)));
        }
    }
}
