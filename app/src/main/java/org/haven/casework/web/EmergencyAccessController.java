package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.casework.CaseId;
import org.haven.casework.EmergencyAccess;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** Break-glass: opening a case in an emergency, and the auditors' review of every such opening. */
@Controller
class EmergencyAccessController {

    private final EmergencyAccess emergencyAccess;

    EmergencyAccessController(EmergencyAccess emergencyAccess) {
        this.emergencyAccess = emergencyAccess;
    }

    @GetMapping("/cases/{id}/emergency-access")
    String form(@PathVariable UUID id, Model model) {
        if (!emergencyAccess.mayOpen(CurrentUser.require())) {
            throw new org.haven.platform.NoAccess("Emergency access is for caseworkers, supervisors, coordinators and police");
        }
        model.addAttribute("caseId", id);
        return "casework/emergency-access";
    }

    @PostMapping("/cases/{id}/emergency-access")
    String open(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model) {
        try {
            emergencyAccess.open(CurrentUser.require(), new CaseId(id), reason);
            return "redirect:/cases/" + id;
        } catch (DomainRuleViolation refused) {
            model.addAttribute("caseId", id);
            model.addAttribute("reason", reason);
            model.addAttribute("error", refused);
            return "casework/emergency-access";
        }
    }

    @GetMapping("/emergency-access")
    String review(Model model) {
        model.addAttribute("uses", emergencyAccess.forReview(CurrentUser.require()));
        return "casework/emergency-access-review";
    }

    @PostMapping("/emergency-access/{id}/review")
    String reviewed(@PathVariable UUID id, @RequestParam(required = false) Boolean justified,
                    @RequestParam(required = false) String note, @RequestParam int version,
                    Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            if (justified == null) {
                throw new DomainRuleViolation("emergency-access.review.choose");
            }
            emergencyAccess.review(user, id, justified, note, version);
            redirect.addFlashAttribute("reviewed", id);
            return "redirect:/emergency-access";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
        } catch (EditConflict conflict) {
            model.addAttribute("error", new DomainRuleViolation("emergency-access.review.conflict"));
        }
        model.addAttribute("failed", id);
        model.addAttribute("note", note);
        model.addAttribute("uses", emergencyAccess.forReview(user));
        return "casework/emergency-access-review";
    }
}
