package org.haven.audit.web;

import org.haven.audit.Actor;
import org.haven.audit.AuditChain;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditSearch;
import org.haven.audit.AuditTrail;
import org.haven.platform.UserZone;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Searching the audit log; the security policy lets only auditors and administrators here. */
@Controller
class AuditController {

    private final AuditSearch search;
    private final AuditTrail trail;
    private final UserZone zone;
    private final AuditChain chain;

    AuditController(AuditSearch search, AuditTrail trail, UserZone zone, AuditChain chain) {
        this.search = search;
        this.chain = chain;
        this.trail = trail;
        this.zone = zone;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String subject, @RequestParam(required = false) String on,
                  @RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
        var day = parseDay(on);
        if (on != null && !on.isBlank() && day == null) {
            model.addAttribute("dateError", true);
        }
        var from = day == null ? null : day.atStartOfDay(zone.current()).toInstant();
        var to = day == null ? null : day.plusDays(1).atStartOfDay(zone.current()).toInstant();
        var entries = search.search(new AuditSearch.Criteria(actor, action, subject, from, to, page));
        // Reading the log is itself a read of sensitive data.
        trail.record(new Actor(null, principal.getName(), null), AuditRecord.succeeded("audit.searched", "audit-log", null)
                .withDetails("actor=" + actor + ", action=" + action + ", subject=" + subject + ", on=" + on));
        model.addAttribute("entries", entries.stream().limit(AuditSearch.PAGE_SIZE).toList());
        model.addAttribute("hasNext", entries.size() > AuditSearch.PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        return "audit/search";
    }

    /** Recomputes the whole hash chain now (it is also checked every hour) and shows what it found. */
    @PostMapping("/audit/chain-check")
    String checkChain(Principal principal, RedirectAttributes redirect) {
        var verification = chain.verify();
        trail.record(new Actor(null, principal.getName(), null), AuditRecord.succeeded("audit.chain.checked", "audit-log", null)
                .withDetails(verification.intact() ? "intact, " + verification.sealsChecked() + " seals"
                        : String.join("; ", verification.problems())));
        redirect.addFlashAttribute("chain", verification);
        return "redirect:/audit";
    }

    private static LocalDate parseDay(String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
