package org.haven.casework.web;

import org.haven.platform.PickLists;

import jakarta.validation.Valid;
import org.haven.access.Accounts;
import org.haven.access.CurrentUser;
import org.haven.access.UserId;
import org.haven.casework.CaseFile;
import org.haven.casework.CaseFiles;
import org.haven.casework.OtherCases;
import org.haven.casework.CaseId;
import org.haven.casework.CaseStatus;
import org.haven.casework.EmergencyAccess;
import org.haven.platform.NoAccess;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.casework.NewCase;
import org.haven.casework.Tasks;
import org.haven.casework.TeamRole;
import org.haven.directory.Directory;
import org.haven.person.Child;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** The case pages: my cases, open a case, the case page, and its edit forms. */
@Controller
class CaseController {

    private final CaseFiles caseFiles;
    private final Directory directory;
    private final Accounts accounts;
    private final PickLists pickLists;
    private final Tasks tasks;
    private final OtherCases otherCases;
    private final Clock clock;
    private final EmergencyAccess emergencyAccess;
    private final org.haven.casework.CaseShares caseShares;

    CaseController(org.haven.casework.CaseShares caseShares, EmergencyAccess emergencyAccess, CaseFiles caseFiles, Directory directory, Accounts accounts, PickLists pickLists, Tasks tasks,
                   OtherCases otherCases, Clock clock) {
        this.emergencyAccess = emergencyAccess;
        this.caseShares = caseShares;
        this.caseFiles = caseFiles;
        this.otherCases = otherCases;
        this.tasks = tasks;
        this.directory = directory;
        this.accounts = accounts;
        this.pickLists = pickLists;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/cases";
    }

    @GetMapping("/cases")
    String myCases(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                   Model model) {
        var cases = caseFiles.myCases(CurrentUser.require(), q, page);
        model.addAttribute("cases", cases.stream().limit(CaseFiles.PAGE_SIZE).toList());
        model.addAttribute("hasNext", cases.size() > CaseFiles.PAGE_SIZE);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("q", q);
        return "casework/cases";
    }

    @GetMapping("/cases/new")
    String newCase(@ModelAttribute("form") NewCaseForm form, Model model) {
        caseFiles.requireMayOpenCases(CurrentUser.require());
        if (form.getLeadAgencyId() == null) {
            form.setLeadAgencyId(CurrentUser.require().organisationId().value());
        }
        return childFormPage(model, "casework/new-case");
    }

    @PostMapping("/cases")
    String open(@Valid @ModelAttribute("form") NewCaseForm form, BindingResult errors, Model model) {
        caseFiles.requireMayOpenCases(CurrentUser.require());
        var details = form.toDetails(today(), errors);
        if (details.isPresent() && !errors.hasErrors()) {
            try {
                var id = caseFiles.open(CurrentUser.require(),
                        new NewCase(details.get(), form.getLeadAgencyId(), form.getSummary()));
                return "redirect:/cases/" + id;
            } catch (DomainRuleViolation refused) {
                ChildForm.reject(errors, refused);
            }
        }
        return childFormPage(model, "casework/new-case");
    }

    @GetMapping("/cases/{id}")
    String caseFile(@PathVariable UUID id, Model model, HttpServletResponse response) {
        var user = CurrentUser.require();
        CaseFile file;
        try {
            file = caseFiles.viewPage(user, new CaseId(id));
        } catch (NoAccess refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("caseId", id);
            model.addAttribute("mayOpenInEmergency", emergencyAccess.mayOpen(user));
            return "casework/no-access";
        }
        model.addAttribute("file", file);
        if (file.shared()) {
            model.addAttribute("shares", caseShares.withMyAgency(user).stream()
                    .filter(s -> s.caseId().value().equals(id)).toList());
            model.addAttribute("today", today());
            return "casework/shared-view";
        }
        if (file.myRole() == null) {
            model.addAttribute("emergencyUntil", emergencyAccess.activeUntil(user, new CaseId(id)).orElse(null));
            model.addAttribute("today", today());
            return "casework/emergency-view";
        }
        model.addAttribute("history", caseFiles.history(user, new CaseId(id)));
        model.addAttribute("tasks", tasks.ofCase(user, new CaseId(id)));
        model.addAttribute("handovers", caseFiles.handovers(user, new CaseId(id)));
        model.addAttribute("formerMembers", caseFiles.formerMembers(file));
        model.addAttribute("otherCases", otherCases.besides(user, file));
        model.addAttribute("now", clock.instant());
        model.addAttribute("today", today());
        if (file.mayManage()) {
            model.addAttribute("candidates", accounts.all().stream()
                    .filter(Accounts.UserSummary::enabled)
                    .filter(u -> Arrays.stream(TeamRole.values()).anyMatch(part -> part.fits(u.roles())))
                    .filter(u -> file.team().stream().noneMatch(m -> m.user().id().equals(u.id())))
                    .toList());
            model.addAttribute("teamRoles", TeamRole.values());
        }
        return "casework/case";
    }

    @GetMapping("/cases/{id}/edit")
    String editCase(@PathVariable UUID id, Model model) {
        var file = caseFiles.openForChange(CurrentUser.require(), new CaseId(id));
        model.addAttribute("form", CaseForm.of(file.kase()));
        return caseFormPage(file, model);
    }

    @PostMapping("/cases/{id}")
    String saveCase(@PathVariable UUID id, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        caseFiles.requireManager(user, new CaseId(id), "case.changed");
        if (!errors.hasErrors()) {
            try {
                caseFiles.describe(user, new CaseId(id), form.toDetails(), form.getVersion());
                redirect.addFlashAttribute("notice", "case.saved");
                return "redirect:/cases/" + id;
            } catch (EditConflict conflict) {
                model.addAttribute("conflict", true);
                errors.reject("edit.conflict");
            } catch (DomainRuleViolation refused) {
                ChildForm.reject(errors, refused);
            }
        }
        var current = caseFiles.current(user, new CaseId(id));
        if (model.containsAttribute("conflict")) {
            // The user's text stays in the form; saving again now is a deliberate choice over the saved version.
            form.setVersion(current.kase().version());
        }
        return caseFormPage(current, model);
    }

    @GetMapping("/cases/{id}/child/edit")
    String editChild(@PathVariable UUID id, Model model) {
        var file = caseFiles.openForChange(CurrentUser.require(), new CaseId(id));
        model.addAttribute("form", ChildForm.of(file.child(), today()));
        model.addAttribute("file", file);
        return childFormPage(model, "casework/edit-child");
    }

    @PostMapping("/cases/{id}/child")
    String saveChild(@PathVariable UUID id, @Valid @ModelAttribute("form") ChildForm form, BindingResult errors,
                     Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        caseFiles.requireManager(user, new CaseId(id), "child.corrected");
        var details = form.toDetails(today(), errors);
        if (details.isPresent() && !errors.hasErrors()) {
            try {
                caseFiles.correctChild(user, new CaseId(id), details.get(), form.getVersion());
                redirect.addFlashAttribute("notice", "child.saved");
                return "redirect:/cases/" + id;
            } catch (EditConflict conflict) {
                Child saved = conflict.current();
                model.addAttribute("conflict", ChildForm.of(saved, today()));
                form.setVersion(saved.version());
                errors.reject("edit.conflict");
            } catch (DomainRuleViolation refused) {
                ChildForm.reject(errors, refused);
            }
        }
        model.addAttribute("file", caseFiles.current(user, new CaseId(id)));
        return childFormPage(model, "casework/edit-child");
    }

    @PostMapping("/cases/{id}/team")
    String addToTeam(@PathVariable UUID id, @RequestParam(required = false) UUID userId,
                     @RequestParam(required = false) TeamRole role, RedirectAttributes redirect) {
        caseFiles.requireManager(CurrentUser.require(), new CaseId(id), "case.team.added");
        try {
            if (userId == null || role == null) {
                throw new DomainRuleViolation("case.team.choose");
            }
            caseFiles.addToTeam(CurrentUser.require(), new CaseId(id), new UserId(userId), role);
            redirect.addFlashAttribute("notice", "case.team.added");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/cases/" + id + "#team";
    }

    @PostMapping("/cases/{id}/team/{userId}/remove")
    String removeFromTeam(@PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
        try {
            caseFiles.removeFromTeam(CurrentUser.require(), new CaseId(id), new UserId(userId));
            redirect.addFlashAttribute("notice", "case.team.removed");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/cases/" + id + "#team";
    }

    @PostMapping("/cases/{id}/handover")
    String handOver(@PathVariable UUID id, @RequestParam(required = false) UUID from,
                    @RequestParam(required = false) UUID to, @RequestParam(defaultValue = "") String summary,
                    RedirectAttributes redirect) {
        caseFiles.requireManager(CurrentUser.require(), new CaseId(id), "case.handed-over");
        try {
            if (from == null || to == null) {
                throw new DomainRuleViolation("case.handover.choose");
            }
            caseFiles.handOver(CurrentUser.require(), new CaseId(id), new UserId(from), new UserId(to), summary);
            redirect.addFlashAttribute("notice", "case.handover.done");
            // The one who handed over their own part may no longer see the case.
            return caseFiles.isMember(CurrentUser.require(), new CaseId(id)) ? "redirect:/cases/" + id + "#team"
                    : "redirect:/cases";
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
            redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
            redirect.addFlashAttribute("handoverSummary", summary);
        }
        return "redirect:/cases/" + id + "#handover";
    }

    private String caseFormPage(CaseFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("organisations", directory.all());
        model.addAttribute("statuses", CaseStatus.values());
        return "casework/edit-case";
    }

    private String childFormPage(Model model, String view) {
        model.addAttribute("organisations", directory.all());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("precisions", DateOfBirth.Precision.values());
        model.addAttribute("countries", pickLists.countries());
        model.addAttribute("spokenLanguages", pickLists.languages());
        return view;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
