package org.haven.matching.web;

import org.haven.access.CurrentUser;
import org.haven.matching.PossibleMatches;
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

/** The "possible same child" queue: review side by side, decide, merge and unmerge. */
@Controller
class PossibleMatchController {

    private final PossibleMatches matches;

    PossibleMatchController(PossibleMatches matches) {
        this.matches = matches;
    }

    @GetMapping("/matches")
    String queue(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("waiting", matches.waiting(user));
        model.addAttribute("decided", matches.decided(user));
        return "matching/queue";
    }

    @GetMapping("/matches/{id}")
    String review(@PathVariable UUID id, Model model) {
        model.addAttribute("review", matches.review(CurrentUser.require(), id));
        return "matching/review";
    }

    @PostMapping("/matches/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String same, @RequestParam(defaultValue = "") String note,
                  @RequestParam long version, RedirectAttributes redirect, Model model) {
        if (same == null) {
            return again(id, model, "matching.decision.required", note);
        }
        try {
            matches.decide(CurrentUser.require(), id, Boolean.parseBoolean(same), note, version);
        } catch (EditConflict conflict) {
            return again(id, model, "matching.conflict", note);
        } catch (DomainRuleViolation rule) {
            return again(id, model, rule.messageCode(), note);
        }
        redirect.addFlashAttribute("done", Boolean.parseBoolean(same) ? "matching.merged" : "matching.kept-apart");
        return "redirect:/matches/" + id;
    }

    @PostMapping("/matches/{id}/unmerge")
    String unmerge(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, @RequestParam long version,
                   RedirectAttributes redirect, Model model) {
        try {
            matches.unmerge(CurrentUser.require(), id, reason, version);
        } catch (EditConflict conflict) {
            return again(id, model, "matching.conflict", reason);
        } catch (DomainRuleViolation rule) {
            return again(id, model, rule.messageCode(), reason);
        }
        redirect.addFlashAttribute("done", "matching.unmerged");
        return "redirect:/matches/" + id;
    }

    /** The review page again with the problem named and what was typed kept. */
    private String again(UUID id, Model model, String problem, String typed) {
        model.addAttribute("review", matches.review(CurrentUser.require(), id));
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        return "matching/review";
    }
}
