package org.haven.dataprotection.web;

import org.haven.access.CurrentUser;
import org.haven.dataprotection.LegalHolds;
import org.haven.dataprotection.Retention;
import org.haven.platform.DomainRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** The retention rules with what their next run will take, and the legal holds that stop them. */
@Controller
class RetentionController {

    private final Retention retention;
    private final LegalHolds holds;

    RetentionController(Retention retention, LegalHolds holds) {
        this.retention = retention;
        this.holds = holds;
    }

    @GetMapping("/data-protection/retention")
    String preview(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("rules", retention.preview(user));
        model.addAttribute("holds", holds.active(user));
        return "dataprotection/retention";
    }

    @PostMapping("/data-protection/legal-holds")
    String place(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String reason,
                 Model model, RedirectAttributes redirect) {
        try {
            holds.place(CurrentUser.require(), reference, reason);
            redirect.addFlashAttribute("notice", "legal-hold.placed");
            return "redirect:/data-protection/retention";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("reference", reference);
            model.addAttribute("reason", reason);
            return preview(model);
        }
    }

    @PostMapping("/data-protection/legal-holds/{id}/lift")
    String lift(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            holds.lift(CurrentUser.require(), id, reason);
            redirect.addFlashAttribute("notice", "legal-hold.lifted");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/data-protection/retention";
    }
}
