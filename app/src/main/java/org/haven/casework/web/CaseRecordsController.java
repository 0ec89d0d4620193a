package org.haven.casework.web;

import org.haven.platform.FormInput;
import org.haven.access.CurrentUser;
import org.haven.access.Section;
import org.haven.casework.CarePlans;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.Conferences;
import org.haven.casework.Interviews;
import org.haven.casework.Safeguard;
import org.haven.casework.Safeguards;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.UserZone;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The pages of a case's working records: safeguards, interviews, the care plan, conferences. */
@Controller
class CaseRecordsController {

    private final CaseFiles caseFiles;
    private final Safeguards safeguards;
    private final Interviews interviews;
    private final CarePlans carePlans;
    private final Conferences conferences;
    private final UserZone zone;

    CaseRecordsController(CaseFiles caseFiles, Safeguards safeguards, Interviews interviews, CarePlans carePlans,
                          Conferences conferences, UserZone zone) {
        this.caseFiles = caseFiles;
        this.safeguards = safeguards;
        this.interviews = interviews;
        this.carePlans = carePlans;
        this.conferences = conferences;
        this.zone = zone;
    }

    @GetMapping("/cases/{id}/safeguards")
    String safeguards(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        model.addAttribute("kase", caseFiles.current(user, caseId).kase());
        model.addAttribute("tracked", safeguards.of(user, caseId));
        model.addAttribute("measures", safeguards.measures(user, caseId));
        model.addAttribute("safeguardValues", Safeguard.values());
        model.addAttribute("states", Safeguards.State.values());
        return "casework/safeguards";
    }

    @PostMapping("/cases/{id}/safeguards")
    String recordSafeguard(@PathVariable UUID id, @RequestParam(required = false) Safeguard safeguard,
                           @RequestParam(required = false) Safeguards.State state,
                           @RequestParam(defaultValue = "") String happenedOn, @RequestParam(defaultValue = "") String note,
                           RedirectAttributes redirect) {
        try {
            safeguards.record(CurrentUser.require(), new CaseId(id),
                    new Safeguards.Record(safeguard, state, FormInput.date(happenedOn), note));
            redirect.addFlashAttribute("notice", "safeguard.recorded.notice");
        } catch (DomainRuleViolation refused) {
            refusedWith(redirect, refused);
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/cases/" + id + "/safeguards";
    }

    @GetMapping("/cases/{id}/interviews")
    String interviews(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        model.addAttribute("kase", caseFiles.current(user, caseId).kase());
        model.addAttribute("interviews", interviews.ofCase(user, caseId));
        model.addAttribute("purposes", Interviews.Purpose.values());
        model.addAttribute("premisesValues", Interviews.Premises.values());
        return "casework/interviews";
    }

    @PostMapping("/cases/{id}/interviews")
    String recordInterview(@PathVariable UUID id, @RequestParam(defaultValue = "") String heldAt,
                           @RequestParam(defaultValue = "") String interviewer,
                           @RequestParam(required = false) Interviews.Purpose purpose,
                           @RequestParam(required = false) Interviews.Premises premises,
                           @RequestParam(defaultValue = "false") boolean videoRecorded,
                           @RequestParam(defaultValue = "") String accompaniedBy,
                           @RequestParam(defaultValue = "") String language,
                           @RequestParam(defaultValue = "false") boolean interpreterUsed, RedirectAttributes redirect) {
        try {
            interviews.record(CurrentUser.require(), new CaseId(id), new Interviews.Interview(null, FormInput.moment(heldAt, zone.current()),
                    interviewer, purpose, premises, videoRecorded, accompaniedBy, language, interpreterUsed));
            redirect.addFlashAttribute("notice", "interview.recorded.notice");
        } catch (DomainRuleViolation refused) {
            refusedWith(redirect, refused);
            redirect.addFlashAttribute("typed", new Interviews.Interview(null, null, interviewer, purpose, premises,
                    videoRecorded, accompaniedBy, language, interpreterUsed));
            redirect.addFlashAttribute("typedHeldAt", heldAt);
        }
        return "redirect:/cases/" + id + "/interviews";
    }

    @GetMapping("/cases/{id}/care-plan")
    String carePlan(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        var file = caseFiles.viewSection(user, caseId, Section.HEALTH_AND_CARE);
        model.addAttribute("kase", file.kase());
        model.addAttribute("readOnly", file.shared());
        model.addAttribute("childViewsWithheld", !file.reads(Section.CHILD_STATEMENTS));
        if (!model.containsAttribute("plan")) {
            model.addAttribute("plan", carePlans.of(user, caseId));
        }
        model.addAttribute("serviceKinds", CarePlans.ServiceKind.values());
        model.addAttribute("consents", CarePlans.Consent.values());
        model.addAttribute("responses", CarePlans.Response.values());
        return "casework/care-plan";
    }

    @PostMapping("/cases/{id}/care-plan")
    String writeCarePlan(@PathVariable UUID id, @RequestParam long version,
                         @RequestParam(defaultValue = "") String assessedOn, @RequestParam(defaultValue = "") String needs,
                         @RequestParam(defaultValue = "") String risks, @RequestParam(defaultValue = "") String childViews,
                         @RequestParam(defaultValue = "") String goals, @RequestParam(defaultValue = "") String agreedOn,
                         WebRequest request, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        var typed = new CarePlans.CarePlan(null, needs, risks, childViews, goals, null, List.of(), version);
        try {
            // Read as sent, row by row: a single value must not be split at its commas.
            var referrals = serviceReferrals(FormInput.all(request, "service"), FormInput.all(request, "provider"),
                    FormInput.all(request, "consent"), FormInput.all(request, "response"));
            typed = new CarePlans.CarePlan(FormInput.date(assessedOn), needs, risks, childViews, goals, FormInput.date(agreedOn), referrals,
                    version);
            carePlans.write(user, caseId, typed, version);
            return "redirect:/cases/" + id + "/care-plan?saved";
        } catch (EditConflict conflict) {
            model.addAttribute("conflict", conflict.<CarePlans.CarePlan>current());
            typed = new CarePlans.CarePlan(typed.assessedOn(), needs, risks, childViews, goals, typed.agreedOn(),
                    typed.services(), conflict.<CarePlans.CarePlan>current().version());
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
        }
        model.addAttribute("plan", typed);
        model.addAttribute("typedAssessedOn", assessedOn);
        model.addAttribute("typedAgreedOn", agreedOn);
        return carePlan(id, model);
    }

    @GetMapping("/cases/{id}/conferences")
    String conferences(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        var file = caseFiles.current(user, caseId);
        model.addAttribute("kase", file.kase());
        model.addAttribute("mayManage", file.mayManage());
        model.addAttribute("conferences", conferences.ofCase(user, caseId));
        return "casework/conferences";
    }

    @PostMapping("/cases/{id}/conferences")
    String schedule(@PathVariable UUID id, @RequestParam(defaultValue = "") String when,
                    @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String agenda,
                    RedirectAttributes redirect) {
        try {
            UUID conference = conferences.schedule(CurrentUser.require(), new CaseId(id), FormInput.moment(when, zone.current()), place, agenda);
            redirect.addFlashAttribute("notice", "conference.scheduled.notice");
            return "redirect:/conferences/" + conference;
        } catch (DomainRuleViolation refused) {
            refusedWith(redirect, refused);
            redirect.addFlashAttribute("typedWhen", when);
            redirect.addFlashAttribute("typedPlace", place);
            redirect.addFlashAttribute("typedAgenda", agenda);
            return "redirect:/cases/" + id + "/conferences";
        }
    }

    @GetMapping("/conferences/{id}")
    String conference(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var conference = conferences.view(user, id);
        var file = caseFiles.current(user, conference.caseId());
        model.addAttribute("conference", conference);
        model.addAttribute("kase", file.kase());
        model.addAttribute("team", file.team());
        model.addAttribute("mayManage", file.mayManage());
        return "casework/conference";
    }

    @PostMapping("/conferences/{id}/held")
    String held(@PathVariable UUID id, @RequestParam long version,
                @RequestParam(name = "attended", required = false) Set<UUID> attended,
                @RequestParam(defaultValue = "false") boolean childAttended,
                @RequestParam(defaultValue = "") String childViews, @RequestParam(defaultValue = "") String minutes,
                WebRequest request, RedirectAttributes redirect) {
        List<String> actionTexts = FormInput.all(request, "actionText");
        List<String> actionOwners = FormInput.all(request, "actionOwner");
        List<String> actionDues = FormInput.all(request, "actionDue");
        try {
            var actions = new ArrayList<Conferences.Action>();
            int n = actionTexts.size();
            for (int i = 0; i < n; i++) {
                String text = actionTexts.get(i);
                String owner = i < actionOwners.size() ? actionOwners.get(i) : "";
                String due = i < actionDues.size() ? actionDues.get(i) : "";
                if (text.isBlank() && owner.isBlank() && due.isBlank()) {
                    continue; // an empty row of the form
                }
                actions.add(new Conferences.Action(text, owner.isBlank() ? null : person(owner), FormInput.date(due)));
            }
            conferences.record(CurrentUser.require(), id, new Conferences.Outcome(
                    attended == null ? new HashSet<>() : attended, childAttended, childViews, minutes, actions), version);
            redirect.addFlashAttribute("notice", "conference.held.notice");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "conference.conflict");
        } catch (DomainRuleViolation refused) {
            refusedWith(redirect, refused);
            redirect.addFlashAttribute("typedViews", childViews);
            redirect.addFlashAttribute("typedMinutes", minutes);
            redirect.addFlashAttribute("typedActions", actionTexts);
        }
        return "redirect:/conferences/" + id;
    }

    @PostMapping("/conferences/{id}/confirm")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            conferences.confirmMinutes(CurrentUser.require(), id);
            redirect.addFlashAttribute("notice", "conference.confirmed.notice");
        } catch (DomainRuleViolation refused) {
            refusedWith(redirect, refused);
        }
        return "redirect:/conferences/" + id;
    }

    private static List<CarePlans.ServiceReferral> serviceReferrals(List<String> services, List<String> providers,
                                                                    List<String> consents, List<String> responses) {
        var referrals = new ArrayList<CarePlans.ServiceReferral>();
        int n = services.size();
        for (int i = 0; i < n; i++) {
            if (services.get(i).isBlank()) {
                continue;
            }
            try {
                referrals.add(new CarePlans.ServiceReferral(CarePlans.ServiceKind.valueOf(services.get(i)),
                        providers.get(i).isBlank() ? null : providers.get(i).strip(),
                        CarePlans.Consent.valueOf(consents.get(i)), null, CarePlans.Response.valueOf(responses.get(i))));
            } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException bad) {
                throw new DomainRuleViolation("care-plan.service.incomplete");
            }
        }
        return referrals;
    }

    private static UUID person(String typed) {
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException notAPerson) {
            throw new DomainRuleViolation("conference.action.owner-not-on-team");
        }
    }


    private static void refusedWith(RedirectAttributes redirect, DomainRuleViolation refused) {
        redirect.addFlashAttribute("noticeError", refused.messageCode());
        redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
    }
}
