package org.haven.screening.web;

import org.haven.access.CurrentUser;
import org.haven.casework.CaseId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.screening.AgeAssessment;
import org.haven.screening.AgeAssessments;
import org.haven.screening.AgeOutcome;
import org.haven.screening.AssessmentMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Age assessments of a child in a case: the record, the decision, the appeal. */
@Controller
class AgeAssessmentController {

    private final AgeAssessments assessments;

    AgeAssessmentController(AgeAssessments assessments) {
        this.assessments = assessments;
    }

    /** The form as typed; kept when refused. */
    public static class AssessmentForm {
        private Set<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
        private String professionals;
        private boolean benefitOfDoubtApplied;
        private Integer youngestAge;
        private Integer oldestAge;
        private AgeOutcome outcome;
        private Integer day;
        private Integer month;
        private Integer year;
        private String reasons;

        AgeAssessment.Conclusion toConclusion() {
            LocalDate on = day == null || month == null || year == null ? null : LocalDate.of(year, month, day);
            return new AgeAssessment.Conclusion(methods, professionals, benefitOfDoubtApplied, youngestAge, oldestAge,
                    outcome, on, reasons);
        }

        public Set<AssessmentMethod> getMethods() { return methods; }
        public void setMethods(Set<AssessmentMethod> methods) { this.methods = methods; }
        public String getProfessionals() { return professionals; }
        public void setProfessionals(String professionals) { this.professionals = professionals; }
        public boolean isBenefitOfDoubtApplied() { return benefitOfDoubtApplied; }
        public void setBenefitOfDoubtApplied(boolean benefitOfDoubtApplied) { this.benefitOfDoubtApplied = benefitOfDoubtApplied; }
        public Integer getYoungestAge() { return youngestAge; }
        public void setYoungestAge(Integer youngestAge) { this.youngestAge = youngestAge; }
        public Integer getOldestAge() { return oldestAge; }
        public void setOldestAge(Integer oldestAge) { this.oldestAge = oldestAge; }
        public AgeOutcome getOutcome() { return outcome; }
        public void setOutcome(AgeOutcome outcome) { this.outcome = outcome; }
        public Integer getDay() { return day; }
        public void setDay(Integer day) { this.day = day; }
        public Integer getMonth() { return month; }
        public void setMonth(Integer month) { this.month = month; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public String getReasons() { return reasons; }
        public void setReasons(String reasons) { this.reasons = reasons; }
    }

    @GetMapping("/cases/{caseId}/age-assessments")
    String page(@PathVariable UUID caseId, @ModelAttribute("form") AssessmentForm form, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("assessments", assessments.ofCase(CurrentUser.require(), new CaseId(caseId)));
        model.addAttribute("allMethods", AssessmentMethod.values());
        model.addAttribute("outcomes", AgeOutcome.values());
        return "screening/age-assessments";
    }

    @PostMapping("/cases/{caseId}/age-assessments")
    String decide(@PathVariable UUID caseId, @ModelAttribute("form") AssessmentForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        try {
            assessments.decide(CurrentUser.require(), new CaseId(caseId), form.toConclusion());
            redirect.addFlashAttribute("notice", "age.assessed");
            return "redirect:/cases/" + caseId + "/age-assessments";
        } catch (DomainRuleViolation refused) {
            errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
        } catch (DateTimeException badDate) {
            errors.reject("age.date-invalid");
        } catch (EditConflict childChangedMeanwhile) {
            errors.reject("screening.conflict");
        }
        return page(caseId, form, model);
    }

    @PostMapping("/age-assessments/{id}/appeal")
    String appeal(@PathVariable UUID id, @RequestParam UUID caseId, @RequestParam long version,
                  @RequestParam(required = false) Integer day, @RequestParam(required = false) Integer month,
                  @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            LocalDate on = day == null || month == null || year == null ? null : LocalDate.of(year, month, day);
            assessments.lodgeAppeal(CurrentUser.require(), id, on, version);
            redirect.addFlashAttribute("notice", "age.appealed");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        } catch (DateTimeException badDate) {
            redirect.addFlashAttribute("noticeError", "age.appeal.date-invalid");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "screening.conflict");
        }
        return "redirect:/cases/" + caseId + "/age-assessments";
    }
}
