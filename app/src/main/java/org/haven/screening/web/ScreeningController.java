package org.haven.screening.web;

import org.haven.access.CurrentUser;
import org.haven.casework.CaseId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.screening.Decision;
import org.haven.screening.ExploitationForm;
import org.haven.screening.Identification;
import org.haven.screening.IndicatorKind;
import org.haven.screening.ObservationSource;
import org.haven.screening.ScreeningId;
import org.haven.screening.ScreeningView;
import org.haven.screening.VictimStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Screening pages: a case's screenings, one screening with its suggestion, observations and decision. */
@Controller
class ScreeningController {

    private final Identification identification;
    private final org.haven.casework.CaseFiles caseFiles;
    private final Clock clock;

    ScreeningController(Identification identification, org.haven.casework.CaseFiles caseFiles, Clock clock) {
        this.identification = identification;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/screenings")
    String screenings(@PathVariable UUID caseId, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("screenings", identification.ofCase(CurrentUser.require(), new CaseId(caseId)));
        model.addAttribute("mayRecord", caseFiles.isMember(CurrentUser.require(), new CaseId(caseId)));
        return "screening/screenings";
    }

    @PostMapping("/cases/{caseId}/screenings")
    String start(@PathVariable UUID caseId) {
        var id = identification.start(CurrentUser.require(), new CaseId(caseId));
        return "redirect:/screenings/" + id;
    }

    @GetMapping("/screenings/{id}")
    String screening(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm decision, Model model) {
        var view = identification.view(CurrentUser.require(), new ScreeningId(id));
        if (decision.isBlank()) {
            decision.prefill(view, LocalDate.now(clock));
        }
        return page(view, model);
    }

    @PostMapping("/screenings/{id}/observations")
    String observe(@PathVariable UUID id, @RequestParam(name = "codes", required = false) List<String> codes,
                   @RequestParam(required = false) ObservationSource source,
                   @RequestParam(defaultValue = "") String note, @RequestParam long version,
                   RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            if (codes == null || codes.isEmpty()) {
                throw new DomainRuleViolation("screening.observation.choose");
            }
            identification.observeAll(user, new ScreeningId(id), codes, source, note, version);
            redirect.addFlashAttribute("notice", "screening.observed");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "screening.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
            redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
        }
        return "redirect:/screenings/" + id + "#observations";
    }

    @PostMapping("/screenings/{id}/observations/{code}/withdraw")
    String withdraw(@PathVariable UUID id, @PathVariable String code, @RequestParam long version,
                    RedirectAttributes redirect) {
        try {
            identification.withdraw(CurrentUser.require(), new ScreeningId(id), code, version);
            redirect.addFlashAttribute("notice", "screening.withdrawn");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "screening.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/screenings/" + id + "#observations";
    }

    @PostMapping("/screenings/{id}/decision")
    String decide(@PathVariable UUID id, @ModelAttribute("decision") DecisionForm decision,
                  org.springframework.validation.BindingResult errors, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            identification.decide(user, new ScreeningId(id), decision.toDecision(), decision.getVersion());
            redirect.addFlashAttribute("notice", "screening.decided");
            return "redirect:/screenings/" + id;
        } catch (EditConflict conflict) {
            errors.reject("screening.conflict");
        } catch (DomainRuleViolation refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
        } catch (DateTimeException badDate) {
            errors.reject("screening.decision.date-invalid");
        }
        var view = identification.view(user, new ScreeningId(id));
        decision.setVersion(view.screening().version());
        return page(view, model);
    }

    private String page(ScreeningView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("sources", ObservationSource.values());
        model.addAttribute("statuses", VictimStatus.values());
        model.addAttribute("forms", ExploitationForm.values());
        return "screening/screening";
    }
}
