package org.haven.bestinterests.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haven.access.CurrentUser;
import org.haven.bestinterests.Assessments;
import org.haven.bestinterests.DeterminationDocuments;
import org.haven.bestinterests.Determinations;
import org.haven.bestinterests.DurableSolution;
import org.haven.bestinterests.Element;
import org.haven.bestinterests.OriginContact;
import org.haven.bestinterests.ReturnPlans;
import org.haven.casework.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The best-interests procedure for other systems: assessment, determination, origin contact, return plan. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Best interests", description = "Assessment, determination by a panel, return safeguards and monitoring")
@SecurityRequirement(name = "bearer")
class BestInterestsApi {

    private final Assessments assessments;
    private final Determinations determinations;
    private final OriginContact originContact;
    private final ReturnPlans returnPlans;
    private final DeterminationDocuments documents;

    BestInterestsApi(Assessments assessments, Determinations determinations, OriginContact originContact,
                     ReturnPlans returnPlans, DeterminationDocuments documents) {
        this.documents = documents;
        this.assessments = assessments;
        this.determinations = determinations;
        this.originContact = originContact;
        this.returnPlans = returnPlans;
    }

    record Created(UUID id) {
    }

    record FindingRequest(@NotNull Element element, @NotBlank @Size(max = 8000) String text,
                          @NotBlank @Size(max = 200) String source) {
    }

    record ChildViewsRequest(@Size(max = 8000) String words, @Size(max = 20) String language,
                             @NotNull Boolean interpreterUsed, @Size(max = 200) String supportPerson,
                             @NotNull Assessments.Maturity maturity, @NotNull @Min(0) Long version) {
    }

    record Version(@NotNull @Min(0) Long version) {
    }

    record PanelMemberRequest(@NotNull UUID userId, @NotNull Boolean chair, @NotNull Boolean noConflictDeclared) {
    }

    record DeterminationRequest(@NotNull UUID assessment, @NotNull @Size(min = 2, max = 15) List<@NotNull @Valid PanelMemberRequest> panel,
                                @NotNull @Size(min = 2) Set<@NotNull DurableSolution> optionsConsidered,
                                @NotNull DurableSolution decision, @NotBlank @Size(max = 8000) String reasons,
                                @Size(max = 8000) String dissent, @NotNull Boolean allowsContactWithOrigin,
                                @NotNull LocalDate decidedOn, @NotNull LocalDate reviewOn,
                                @Size(max = 200) String residenceStatus, @Size(max = 8000) String steps) {
    }

    record ProtectionClaim(@NotNull LocalDate claimedOn) {
    }

    record OriginContactRequest(@NotNull OriginContact.Kind kind, @NotBlank @Size(min = 2, max = 2) String country,
                                @NotBlank @Size(max = 2000) String purpose) {
    }

    record ChildInformed(@NotNull LocalDate on, @NotBlank @Size(max = 20) String language,
                         @NotBlank @Size(max = 2000) String how) {
    }

    record AppealRequest(@NotNull LocalDate lodgedOn, @NotNull Determinations.Appellant lodgedBy,
                         @NotBlank @Size(max = 8000) String grounds) {
    }

    record AppealOutcomeRequest(@NotNull Determinations.AppealOutcome outcome, @NotNull LocalDate on,
                                @Size(max = 8000) String note) {
    }

    record TracingResult(@NotBlank @Size(max = 4000) String result) {
    }

    record ReturnPlanResource(ReturnPlans.Plan plan, List<ReturnPlans.Condition> missing, long version) {
    }

    record ReturnRecorded(@NotNull LocalDate returnedOn) {
    }

    record MonitoringReport(@NotNull LocalDate dueOn, @NotNull LocalDate receivedOn, @NotBlank @Size(max = 8000) String report,
                            @NotNull Boolean retraffickingSigns) {
    }

    record CaseOverview(List<Assessments.Assessment> assessments, List<Determinations.Determination> determinations,
                        List<UUID> returnPlans) {
    }

    @GetMapping("/cases/{id}/best-interests")
    @Operation(summary = "A case's best-interests assessments, determinations and return plans")
    CaseOverview overview(@PathVariable UUID id) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        return new CaseOverview(assessments.ofCase(user, caseId), determinations.ofCase(user, caseId),
                returnPlans.ofCase(user, caseId));
    }

    @PostMapping("/cases/{id}/best-interests-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a best-interests assessment from the case's individual assessment")
    Created startAssessment(@PathVariable UUID id) {
        return new Created(assessments.start(CurrentUser.require(), new CaseId(id)));
    }

    @GetMapping("/best-interests-assessments/{id}")
    Assessments.Assessment assessment(@PathVariable UUID id) {
        return assessments.view(CurrentUser.require(), id);
    }

    @PostMapping("/best-interests-assessments/{id}/findings")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A team member contributes a finding under a General Comment 14 element")
    void contribute(@PathVariable UUID id, @Valid @RequestBody FindingRequest f) {
        assessments.contribute(CurrentUser.require(), id, f.element(), f.text(), f.source());
    }

    @PutMapping("/best-interests-assessments/{id}/child-views")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void childViews(@PathVariable UUID id, @Valid @RequestBody ChildViewsRequest v) {
        assessments.recordChildViews(CurrentUser.require(), id, new Assessments.ChildViews(v.words(), v.language(),
                v.interpreterUsed(), v.supportPerson(), v.maturity()), v.version());
    }

    @PostMapping("/best-interests-assessments/{id}/sign-off")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signOff(@PathVariable UUID id, @Valid @RequestBody Version v) {
        assessments.signOff(CurrentUser.require(), id, v.version());
    }

    @PostMapping("/cases/{id}/best-interests-determinations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a determination by the panel (child protection on it, not chaired by migration enforcement)")
    Created determine(@PathVariable UUID id, @Valid @RequestBody DeterminationRequest d) {
        return new Created(determinations.determine(CurrentUser.require(), new CaseId(id), new Determinations.Decision(
                d.assessment(), d.panel().stream().map(m -> new Determinations.PanelMember(m.userId(), m.chair(),
                m.noConflictDeclared())).toList(), d.optionsConsidered(), d.decision(), d.reasons(), d.dissent(),
                d.allowsContactWithOrigin(), d.decidedOn(), d.reviewOn(), d.residenceStatus(), d.steps())));
    }

    @GetMapping("/best-interests-determinations/{id}")
    Determinations.Determination determination(@PathVariable UUID id) {
        return determinations.view(CurrentUser.require(), id);
    }

    @GetMapping(path = "/best-interests-determinations/{id}/document", produces = "application/pdf")
    @Operation(summary = "A printable PDF: for=FILE (decision, reasons, dissent) or for=CHILD (the explanation in the child's language)")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam(name = "for", defaultValue = "FILE") DeterminationDocuments.Audience audience) {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"determination.pdf\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(documents.pdf(CurrentUser.require(), id, audience));
    }

    @PostMapping("/best-interests-determinations/{id}/child-informed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the decision was explained to the child (when, language, how)")
    void childInformed(@PathVariable UUID id, @Valid @RequestBody ChildInformed c) {
        determinations.childInformed(CurrentUser.require(), id, c.on(), c.language(), c.how());
    }

    @PostMapping("/best-interests-determinations/{id}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The child, guardian or legal representative appeals or asks for a review")
    Created appeal(@PathVariable UUID id, @Valid @RequestBody AppealRequest a) {
        return new Created(determinations.appeal(CurrentUser.require(), id, a.lodgedOn(), a.lodgedBy(), a.grounds()));
    }

    @PostMapping("/best-interests-appeals/{id}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void appealOutcome(@PathVariable UUID id, @Valid @RequestBody AppealOutcomeRequest o) {
        determinations.appealDecided(CurrentUser.require(), id, o.outcome(), o.on(), o.note());
    }

    @PostMapping("/origin-contacts/{id}/result")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "What the country of origin answered to a tracing or information request")
    void tracingResult(@PathVariable UUID id, @Valid @RequestBody TracingResult r) {
        originContact.recordResult(CurrentUser.require(), id, r.result());
    }

    @PostMapping("/cases/{id}/protection-claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The child asked for international protection: the country of origin is not contacted from now on")
    void protectionClaim(@PathVariable UUID id, @Valid @RequestBody ProtectionClaim claim) {
        originContact.protectionSought(CurrentUser.require(), new CaseId(id), claim.claimedOn());
    }

    @PostMapping("/cases/{id}/origin-contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Family tracing or an information request to the country of origin (refused under 'do not contact')")
    Created originContact(@PathVariable UUID id, @Valid @RequestBody OriginContactRequest r) {
        return new Created(originContact.request(CurrentUser.require(), new CaseId(id), r.kind(), r.country(), r.purpose()));
    }

    @PostMapping("/cases/{id}/return-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a return plan on the case's latest determination")
    Created draftReturnPlan(@PathVariable UUID id, @RequestBody ReturnPlans.Plan plan) {
        return new Created(returnPlans.draft(CurrentUser.require(), new CaseId(id), plan));
    }

    @GetMapping("/return-plans/{id}")
    @Operation(summary = "A return plan and the conditions of approval it does not meet yet")
    ReturnPlanResource returnPlan(@PathVariable UUID id) {
        return new ReturnPlanResource(returnPlans.view(CurrentUser.require(), id), returnPlans.missing(id),
                returnPlans.version(id));
    }

    @PostMapping("/return-plans/{id}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve the plan; refused with the first missing condition")
    void approve(@PathVariable UUID id) {
        returnPlans.approve(CurrentUser.require(), id);
    }

    @PostMapping("/return-plans/{id}/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The child went back: monitoring reports fall due as tasks")
    void returned(@PathVariable UUID id, @Valid @RequestBody ReturnRecorded r) {
        returnPlans.returned(CurrentUser.require(), id, r.returnedOn());
    }

    @PostMapping("/return-plans/{id}/monitoring-reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void report(@PathVariable UUID id, @Valid @RequestBody MonitoringReport r) {
        returnPlans.report(CurrentUser.require(), id, r.dueOn(), r.receivedOn(), r.report(), r.retraffickingSigns());
    }
}
