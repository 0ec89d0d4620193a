package org.haven.intake.web;

import jakarta.servlet.http.HttpSession;
import org.haven.intake.ConfidentialReport;
import org.haven.intake.ConfidentialReports;
import org.haven.intake.ReceiptCode;
import org.haven.platform.DomainRuleViolation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * The public pages, no account needed: tell us, read our answer with your code, write again. The
 * code is never kept in the session; only which report was opened, for writing again.
 */
@Controller
class ConfidentialReportController {

    private static final String OPENED = "openedConfidentialReport";

    private final ConfidentialReports reports;

    ConfidentialReportController(ConfidentialReports reports) {
        this.reports = reports;
    }

    @GetMapping("/report")
    String form(Model model) {
        model.addAttribute("kinds", ConfidentialReport.Kind.values());
        return "intake/public-report";
    }

    @PostMapping("/report")
    String send(@RequestParam(defaultValue = "REPORT") ConfidentialReport.Kind kind,
                @RequestParam(defaultValue = "") String text,
                @RequestParam(name = "website", defaultValue = "") String honeypot, Model model) {
        if (!honeypot.isEmpty()) {
            // Only a program fills the hidden field: it gets what a person gets, and nothing is kept.
            model.addAttribute("code", ReceiptCode.decoy().shown());
            return "intake/public-receipt";
        }
        try {
            var code = reports.receive(kind, LocaleContextHolder.getLocale().getLanguage(), text);
            model.addAttribute("code", code.shown());
            return "intake/public-receipt";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("text", text);
            model.addAttribute("kind", kind);
            return form(model);
        }
    }

    @GetMapping("/report/follow-up")
    String followUp(HttpSession session, Model model) {
        Object opened = session.getAttribute(OPENED);
        if (opened instanceof UUID id) {
            model.addAttribute("thread", reports.threadOf(id));
        }
        return "intake/public-follow-up";
    }

    @PostMapping("/report/follow-up")
    String open(@RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
        try {
            var thread = reports.open(code);
            if (thread.isEmpty()) {
                model.addAttribute("codeError", "report.follow.wrong");
                return "intake/public-follow-up";
            }
            session.setAttribute(OPENED, thread.get().reportId());
            model.addAttribute("thread", thread.get());
        } catch (DomainRuleViolation refused) {
            model.addAttribute("codeError", refused.messageCode());
        }
        return "intake/public-follow-up";
    }

    @PostMapping("/report/follow-up/message")
    String writeAgain(@RequestParam(defaultValue = "") String text, HttpSession session, Model model) {
        if (!(session.getAttribute(OPENED) instanceof UUID id)) {
            return "redirect:/report/follow-up";
        }
        try {
            reports.writeAgain(id, text);
            return "redirect:/report/follow-up";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("text", text);
            model.addAttribute("thread", reports.threadOf(id));
            return "intake/public-follow-up";
        }
    }
}
