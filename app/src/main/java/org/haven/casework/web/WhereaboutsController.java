package org.haven.casework.web;

import org.haven.platform.FormInput;
import org.haven.access.CurrentUser;
import org.haven.access.Section;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.MissingEpisodes;
import org.haven.casework.Placements;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.UserZone;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;

/** Where the child lives (placements, restrictive measures) and when they went missing. */
@Controller
class WhereaboutsController {

    private final CaseFiles caseFiles;
    private final Placements placements;
    private final MissingEpisodes missing;
    private final UserZone zone;

    WhereaboutsController(CaseFiles caseFiles, Placements placements, MissingEpisodes missing, UserZone zone) {
        this.caseFiles = caseFiles;
        this.placements = placements;
        this.missing = missing;
        this.zone = zone;
    }

    @GetMapping("/cases/{id}/whereabouts")
    String whereabouts(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        var file = caseFiles.viewSection(user, caseId, Section.ACCOMMODATION_ADDRESS);
        model.addAttribute("kase", file.kase());
        model.addAttribute("mayManage", file.mayManage());
        model.addAttribute("member", !file.shared());
        model.addAttribute("placements", placements.ofCase(user, caseId));
        model.addAttribute("episodes", missing.ofCase(user, caseId));
        model.addAttribute("kinds", Placements.Kind.values());
        model.addAttribute("risks", MissingEpisodes.Risk.values());
        return "casework/whereabouts";
    }

    @PostMapping("/cases/{id}/placements")
    String place(@PathVariable UUID id, @RequestParam(required = false) Placements.Kind kind,
                 @RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String from,
                 @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "false") boolean restrictive,
                 @RequestParam(defaultValue = "") String judicialDecision,
                 @RequestParam(defaultValue = "") String decisionReasons, @RequestParam(defaultValue = "") String decidedOn,
                 @RequestParam(defaultValue = "") String endsOn, RedirectAttributes redirect) {
        try {
            placements.place(CurrentUser.require(), new CaseId(id), new Placements.Placement(null, kind, address,
                    FormInput.date(from), FormInput.date(to), restrictive, judicialDecision, decisionReasons, FormInput.date(decidedOn), FormInput.date(endsOn)));
            redirect.addFlashAttribute("notice", "placement.recorded.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused);
            redirect.addFlashAttribute("typed", Map.of("address", address, "from", from, "to", to,
                    "judicialDecision", judicialDecision, "decisionReasons", decisionReasons, "decidedOn", decidedOn,
                    "endsOn", endsOn));
        }
        return "redirect:/cases/" + id + "/whereabouts";
    }

    @PostMapping("/placements/{placement}/end")
    String end(@PathVariable UUID placement, @RequestParam UUID caseId, @RequestParam(defaultValue = "") String on,
               RedirectAttributes redirect) {
        try {
            placements.end(CurrentUser.require(), placement, FormInput.date(on));
            redirect.addFlashAttribute("notice", "placement.ended.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused);
        }
        return "redirect:/cases/" + caseId + "/whereabouts";
    }

    @PostMapping("/cases/{id}/missing")
    String reportMissing(@PathVariable UUID id, @RequestParam(defaultValue = "") String since,
                         @RequestParam(defaultValue = "") String lastSeen,
                         @RequestParam(required = false) MissingEpisodes.Risk risk,
                         @RequestParam(defaultValue = "") String circumstances,
                         @RequestParam(defaultValue = "false") boolean policeInformed,
                         @RequestParam(defaultValue = "") String otherCountries, RedirectAttributes redirect) {
        try {
            missing.reportMissing(CurrentUser.require(), new CaseId(id), new MissingEpisodes.Report(FormInput.moment(since, zone.current()), lastSeen,
                    risk, circumstances, policeInformed, otherCountries));
            redirect.addFlashAttribute("notice", "missing.reported.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused);
            redirect.addFlashAttribute("typedMissing", Map.of("since", since, "lastSeen", lastSeen,
                    "circumstances", circumstances, "otherCountries", otherCountries));
        }
        return "redirect:/cases/" + id + "/whereabouts";
    }

    @PostMapping("/missing/{episode}/found")
    String found(@PathVariable UUID episode, @RequestParam UUID caseId, @RequestParam(defaultValue = "") String at,
                 @RequestParam(defaultValue = "") String where, RedirectAttributes redirect) {
        try {
            missing.found(CurrentUser.require(), episode, FormInput.moment(at, zone.current()), where);
            redirect.addFlashAttribute("notice", "missing.found.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused);
        }
        return "redirect:/cases/" + caseId + "/whereabouts";
    }

    private static void refused(RedirectAttributes redirect, DomainRuleViolation refused) {
        redirect.addFlashAttribute("noticeError", refused.messageCode());
        redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
    }
}
