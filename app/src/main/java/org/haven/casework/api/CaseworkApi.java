package org.haven.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haven.access.CurrentUser;
import org.haven.access.UserId;
import org.haven.casework.CarePlans;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseTask;
import org.haven.casework.Conferences;
import org.haven.casework.Coordination;
import org.haven.casework.Interviews;
import org.haven.casework.MissingEpisodes;
import org.haven.casework.Placements;
import org.haven.casework.Safeguards;
import org.haven.casework.Tasks;
import org.haven.casework.TeamRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The multi-agency work on a case, for other systems: team, tasks, conferences, care plan, interviews, safeguards. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Casework", description = "One case, one team: the national referral mechanism's steps and safeguards")
@SecurityRequirement(name = "bearer")
class CaseworkApi {

    private final CaseFiles caseFiles;
    private final Tasks tasks;
    private final Conferences conferences;
    private final CarePlans carePlans;
    private final Interviews interviews;
    private final Safeguards safeguards;
    private final Placements placements;
    private final MissingEpisodes missing;
    private final Coordination coordination;
    private final java.time.Clock clock;

    CaseworkApi(CaseFiles caseFiles, Tasks tasks, Conferences conferences, CarePlans carePlans, Interviews interviews,
                Safeguards safeguards, Placements placements, MissingEpisodes missing, Coordination coordination,
                java.time.Clock clock) {
        this.clock = clock;
        this.caseFiles = caseFiles;
        this.tasks = tasks;
        this.conferences = conferences;
        this.carePlans = carePlans;
        this.interviews = interviews;
        this.safeguards = safeguards;
        this.placements = placements;
        this.missing = missing;
        this.coordination = coordination;
    }

    record TeamMemberRequest(@NotNull UUID userId, @NotNull TeamRole role) {
    }

    record HandoverRequest(@NotNull UUID from, @NotNull UUID to, @NotBlank @Size(max = 4000) String summary) {
    }

    record TaskResource(UUID id, String kind, String step, String title, UUID ownerId, Instant dueAt, Instant doneAt,
                        Instant escalatedAt, boolean late, long version) {
        static TaskResource of(CaseTask t, Instant now) {
            return new TaskResource(t.id().value(), t.kind().name(), t.step(), t.title(), t.ownerId(), t.dueAt(),
                    t.doneAt(), t.escalatedAt(), t.wasLate(now), t.version());
        }
    }

    record TaskDone(@Size(max = 2000) String note, @NotNull @Min(0) Long version) {
    }

    record ConferenceRequest(@NotNull Instant when, @Size(max = 200) String place, @Size(max = 8000) String agenda) {
    }

    record ConferenceOutcome(Set<@NotNull UUID> attended, @NotNull Boolean childAttended,
                             @Size(max = 8000) String childViews, @Size(max = 8000) String minutes,
                             @Valid @Size(max = 30) List<@NotNull ActionRequest> actions,
                             @NotNull @Min(0) Long version) {
    }

    record ActionRequest(@NotBlank @Size(max = 500) String text, @NotNull UUID owner, @NotNull LocalDate dueOn) {
    }

    record Created(UUID id) {
    }

    record InterviewRequest(@NotNull Instant heldAt, @NotBlank @Size(max = 200) String interviewer,
                            @NotNull Interviews.Purpose purpose, @NotNull Interviews.Premises premises,
                            @NotNull Boolean videoRecorded, @Size(max = 200) String accompaniedBy,
                            @Size(max = 200) String language, @NotNull Boolean interpreterUsed) {
    }

    record PlacementRequest(@NotNull Placements.Kind kind, @Size(max = 2000) String address, @NotNull LocalDate from,
                            LocalDate to, @NotNull Boolean restrictive, @Size(max = 2000) String judicialDecision,
                            @Size(max = 2000) String decisionReasons, LocalDate decidedOn, LocalDate endsOn) {
    }

    record MissingRequest(@NotNull Instant missingSince, @Size(max = 2000) String lastSeen,
                          @NotNull MissingEpisodes.Risk risk, @Size(max = 2000) String circumstances,
                          @NotNull Boolean policeInformed, @Size(max = 2000) String otherCountriesInformed) {
    }

    @PostMapping("/cases/{id}/team")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add someone to the case team in a part their role fits (one guardian, legal representative and case support person at a time)")
    void addToTeam(@PathVariable UUID id, @Valid @RequestBody TeamMemberRequest request) {
        caseFiles.addToTeam(CurrentUser.require(), new CaseId(id), new UserId(request.userId()), request.role());
    }

    @PostMapping("/cases/{id}/handover")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Hand one person's part over to a colleague: their open tasks follow, the summary stays on the case")
    void handOver(@PathVariable UUID id, @Valid @RequestBody HandoverRequest request) {
        caseFiles.handOver(CurrentUser.require(), new CaseId(id), new UserId(request.from()), new UserId(request.to()),
                request.summary());
    }

    @GetMapping("/cases/{id}/tasks")
    @Operation(summary = "The case's tasks: procedure steps, checklist items, conference actions, reviews")
    List<TaskResource> tasks(@PathVariable UUID id) {
        var now = clock.instant();
        return tasks.ofCase(CurrentUser.require(), new CaseId(id)).stream().map(t -> TaskResource.of(t, now)).toList();
    }

    @PostMapping("/tasks/{id}/done")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a task done (its owner or the case's caseworkers)")
    void done(@PathVariable UUID id, @Valid @RequestBody TaskDone request) {
        tasks.complete(CurrentUser.require(), new org.haven.casework.TaskId(id), request.note(), request.version());
    }

    @PostMapping("/cases/{id}/conferences")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a case conference; the team is invited")
    Created schedule(@PathVariable UUID id, @Valid @RequestBody ConferenceRequest request) {
        return new Created(conferences.schedule(CurrentUser.require(), new CaseId(id), request.when(), request.place(),
                request.agenda()));
    }

    @GetMapping("/conferences/{id}")
    @Operation(summary = "A conference: invitees, attendance, the child's views, minutes and actions")
    Conferences.Conference conference(@PathVariable UUID id) {
        return conferences.view(CurrentUser.require(), id);
    }

    @PostMapping("/conferences/{id}/outcome")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the conference: attendance, the child's views, minutes; each action becomes a task")
    void outcome(@PathVariable UUID id, @Valid @RequestBody ConferenceOutcome request) {
        conferences.record(CurrentUser.require(), id, new Conferences.Outcome(
                request.attended() == null ? Set.of() : request.attended(), request.childAttended(),
                request.childViews(), request.minutes(), request.actions() == null ? List.of()
                : request.actions().stream().map(a -> new Conferences.Action(a.text(), a.owner(), a.dueOn())).toList()),
                request.version());
    }

    @GetMapping("/cases/{id}/care-plan")
    @Operation(summary = "The one shared individual assessment and care plan")
    CarePlans.CarePlan carePlan(@PathVariable UUID id) {
        return carePlans.of(CurrentUser.require(), new CaseId(id));
    }

    @PutMapping("/cases/{id}/care-plan")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Save the care plan from the version read; a concurrent change answers 409 with the current plan")
    void writeCarePlan(@PathVariable UUID id, @RequestBody CarePlans.CarePlan plan) {
        carePlans.write(CurrentUser.require(), new CaseId(id),
                new CarePlans.CarePlan(plan.assessedOn(), plan.needs(), plan.risks(), plan.childViews(), plan.goals(),
                        plan.agreedOn(), plan.services() == null ? List.of() : plan.services(), plan.version()),
                plan.version());
    }

    @PostMapping("/cases/{id}/interviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an interview of the child in the register")
    Created interview(@PathVariable UUID id, @Valid @RequestBody InterviewRequest i) {
        return new Created(interviews.record(CurrentUser.require(), new CaseId(id), new Interviews.Interview(null,
                i.heldAt(), i.interviewer(), i.purpose(), i.premises(), i.videoRecorded(), i.accompaniedBy(), i.language(),
                i.interpreterUsed())));
    }

    @GetMapping("/cases/{id}/safeguards")
    @Operation(summary = "The twelve safeguards for this child, with what Haven knows and the measures")
    Map<String, Object> safeguards(@PathVariable UUID id) {
        var user = CurrentUser.require();
        return Map.of("safeguards", safeguards.of(user, new CaseId(id)), "measures", safeguards.measures(user, new CaseId(id)));
    }

    @PostMapping("/cases/{id}/placements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a placement; a restrictive one needs its judicial decision, reasons and end date")
    Created place(@PathVariable UUID id, @Valid @RequestBody PlacementRequest p) {
        return new Created(placements.place(CurrentUser.require(), new CaseId(id), new Placements.Placement(null, p.kind(),
                p.address(), p.from(), p.to(), p.restrictive(), p.judicialDecision(), p.decisionReasons(), p.decidedOn(),
                p.endsOn())));
    }

    @PostMapping("/cases/{id}/missing-episodes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report the child missing; the whole team is told at once")
    Created reportMissing(@PathVariable UUID id, @Valid @RequestBody MissingRequest m) {
        return new Created(missing.reportMissing(CurrentUser.require(), new CaseId(id), new MissingEpisodes.Report(
                m.missingSince(), m.lastSeen(), m.risk(), m.circumstances(), m.policeInformed(), m.otherCountriesInformed())));
    }

    @GetMapping("/coordination")
    @Operation(summary = "For national coordinators: cases by stage, overdue steps, children missing now")
    Coordination.Overview coordination() {
        return coordination.overview(CurrentUser.require());
    }

    @GetMapping("/coordination/escalations")
    @Operation(summary = "For national coordinators: late steps escalated to the national referral office")
    List<Coordination.Line> escalations() {
        return coordination.list(CurrentUser.require(), Coordination.ListKind.ESCALATED, "");
    }
}
