package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.access.Section;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.CaseShares;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sharing sections of a case with another agency for a time, and the cases shared with mine. */
@Controller
class CaseShareController {

    private final CaseShares shares;
    private final CaseFiles caseFiles;

    CaseShareController(CaseShares shares, CaseFiles caseFiles) {
        this.shares = shares;
        this.caseFiles = caseFiles;
    }

    @GetMapping("/cases/{id}/shares")
    String shares(@PathVariable UUID id, Model model) {
        return page(new CaseId(id), model);
    }

    @PostMapping("/cases/{id}/shares")
    String share(@PathVariable UUID id, @RequestParam(required = false) UUID organisation,
                 @RequestParam(required = false) List<Section> sections, @RequestParam(defaultValue = "") String until,
                 @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
        var caseId = new CaseId(id);
        try {
            var chosen = sections == null || sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
            shares.share(CurrentUser.require(), caseId,
                    new CaseShares.Request(organisation, chosen, FormInput.date(until), reason));
            redirect.addFlashAttribute("notice", "case-share.shared.notice");
            return "redirect:/cases/" + id + "/shares";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("typed", Map.of("organisation", organisation == null ? "" : organisation.toString(),
                    "until", until, "reason", reason));
            model.addAttribute("typedSections", sections == null ? List.of() : sections);
            return page(caseId, model);
        }
    }

    @PostMapping("/cases/{id}/shares/{share}/end")
    String end(@PathVariable UUID id, @PathVariable UUID share, @RequestParam int version, RedirectAttributes redirect) {
        try {
            shares.end(CurrentUser.require(), new CaseId(id), share, version);
            redirect.addFlashAttribute("notice", "case-share.ended.notice");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "case-share.conflict");
        }
        return "redirect:/cases/" + id + "/shares";
    }

    @GetMapping("/shared-cases")
    String sharedWithMyAgency(Model model) {
        model.addAttribute("shares", shares.withMyAgency(CurrentUser.require()));
        return "casework/shared-cases";
    }

    private String page(CaseId caseId, Model model) {
        var user = CurrentUser.require();
        var file = caseFiles.current(user, caseId);
        model.addAttribute("kase", file.kase());
        model.addAttribute("mayManage", file.mayManage());
        model.addAttribute("shares", shares.ofCase(user, caseId));
        model.addAttribute("sections", Section.shareable());
        model.addAttribute("latestLastDay", shares.latestLastDay());
        if (file.mayManage()) {
            model.addAttribute("agencies", shares.agencies(caseId));
        }
        return "casework/shares";
    }
}
