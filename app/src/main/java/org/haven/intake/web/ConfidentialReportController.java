package org.haven.intake.web;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The public pages, no account needed: tell us, read our answer with your code, write again. The
 * code is never kept; the session remembers only which report was opened, for ten minutes, and
 * "Close" forgets it, so that the next person on a shared phone sees nothing.
 */
@Controller
class ConfidentialReportController {

    private static final String OPENED = "openedConfidentialReport";
    private static final Duration OPEN_FOR = Duration.ofMinutes(10);

    private record Opened(UUID report, Instant at) {
    }

    private final ConfidentialReports reports;

    ConfidentialReportController(ConfidentialReports reports) {
        this.reports = reports;
    }

    @GetMapping("/report")
    String form(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("kinds", ConfidentialReport.Kind.values());
        if (!model.containsAttribute("kind")) {
            // A link with a mistyped kind still opens the form, as a report.
            model.addAttribute("kind", "COMPLAINT".equals(kind) ? ConfidentialReport.Kind.COMPLAINT : null);
        }
        return "intake/public-report";
    }

    /** What a child can expect: their rights, what happens next, how to complain, where to get help now. */
    @GetMapping("/report/rights")
    String rights() {
        return "intake/public-rights";
    }

    @PostMapping("/report")
    String send(@RequestParam(defaultValue = "REPORT") ConfidentialReport.Kind kind,
                @RequestParam(defaultValue = "") String text,
                @RequestParam(name = "hv_extra", defaultValue = "") String trap,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!trap.isEmpty()) {
            // Only a program fills the hidden field: it gets what a person gets, and nothing is kept.
            redirect.addFlashAttribute("code", ReceiptCode.decoy().shown());
            return "redirect:/report/received";
        }
        try {
            var code = reports.receive(kind, LocaleContextHolder.getLocale().getLanguage(), text, request.getRemoteAddr());
            // Post/redirect/get: a refresh does not send the report twice.
            redirect.addFlashAttribute("code", code.shown());
            return "redirect:/report/received";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("text", text);
            model.addAttribute("kind", kind);
            return form(null, model);
        }
    }

    @GetMapping("/report/received")
    String received(Model model) {
        if (!model.containsAttribute("code")) {
            return "redirect:/report/follow-up";
        }
        model.addAttribute("hideLanguages", true); // switching language now would lose the code
        return "intake/public-receipt";
    }

    @GetMapping("/report/follow-up")
    String followUp(HttpSession session, Model model) {
        var opened = session.getAttribute(OPENED) instanceof Opened o && o.at().plus(OPEN_FOR).isAfter(Instant.now())
                ? o : null;
        if (opened == null) {
            session.removeAttribute(OPENED);
        } else {
            model.addAttribute("thread", reports.threadOf(opened.report()));
        }
        return "intake/public-follow-up";
    }

    @PostMapping("/report/follow-up")
    String open(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        try {
            var thread = reports.open(code, request.getRemoteAddr());
            if (thread.isEmpty()) {
                model.addAttribute("codeError", "report.follow.wrong");
                return "intake/public-follow-up";
            }
            request.changeSessionId();
            request.getSession().setAttribute(OPENED, new Opened(thread.get().reportId(), Instant.now()));
            return "redirect:/report/follow-up";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("codeError", refused.messageCode());
            return "intake/public-follow-up";
        }
    }

    @PostMapping("/report/follow-up/message")
    String writeAgain(@RequestParam(defaultValue = "") String text, HttpSession session, Model model) {
        if (!(session.getAttribute(OPENED) instanceof Opened opened) || opened.at().plus(OPEN_FOR).isBefore(Instant.now())) {
            return "redirect:/report/follow-up";
        }
        try {
            reports.writeAgain(opened.report(), text);
            return "redirect:/report/follow-up";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("text", text);
            model.addAttribute("thread", reports.threadOf(opened.report()));
            return "intake/public-follow-up";
        }
    }

    /** Forget the opened report in this browser. */
    @PostMapping("/report/close")
    String close(HttpSession session) {
        session.invalidate();
        return "redirect:/report";
    }
}
