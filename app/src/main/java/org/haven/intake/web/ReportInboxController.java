package org.haven.intake.web;

import org.haven.access.CurrentUser;
import org.haven.intake.ConfidentialReports;
import org.haven.platform.DomainRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** Staff side of confidential reports: the agency's inbox, reading a thread, answering. */
@Controller
class ReportInboxController {

    private final ConfidentialReports reports;

    ReportInboxController(ConfidentialReports reports) {
        this.reports = reports;
    }

    @GetMapping("/intake/reports")
    String inbox(Model model) {
        model.addAttribute("reports", reports.inbox(CurrentUser.require()));
        return "intake/report-inbox";
    }

    @GetMapping("/intake/reports/{id}")
    String read(@PathVariable UUID id, Model model) {
        model.addAttribute("reportId", id);
        model.addAttribute("thread", reports.read(CurrentUser.require(), id));
        return "intake/report-thread";
    }

    @PostMapping("/intake/reports/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
        try {
            reports.answer(CurrentUser.require(), id, text);
            redirect.addFlashAttribute("notice", "report.answered");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
            redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
        }
        return "redirect:/intake/reports/" + id;
    }
}
