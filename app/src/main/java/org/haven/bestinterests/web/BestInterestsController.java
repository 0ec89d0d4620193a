package org.haven.bestinterests.web;

import org.haven.platform.FormInput;
import org.haven.access.CurrentUser;
import org.haven.bestinterests.Assessments;
import org.haven.bestinterests.DeterminationDocuments;
import org.haven.bestinterests.Determinations;
import org.haven.bestinterests.DurableSolution;
import org.haven.bestinterests.Element;
import org.haven.bestinterests.OriginContact;
import org.haven.bestinterests.ReturnPlans;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/** The best-interests pages of a case: assessment, determination, contact with the country of origin, return. */
@Controller
class BestInterestsController {

    private final CaseFiles caseFiles;
    private final Assessments assessments;
    private final Determinations determinations;
    private final DeterminationDocuments documents;
    private final OriginContact originContact;
    private final ReturnPlans returnPlans;

    BestInterestsController(CaseFiles caseFiles, Assessments assessments, Determinations determinations,
                            DeterminationDocuments documents, OriginContact originContact, ReturnPlans returnPlans) {
        this.caseFiles = caseFiles;
        this.assessments = assessments;
        this.determinations = determinations;
        this.documents = documents;
        this.originContact = originContact;
        this.returnPlans = returnPlans;
    }

    @GetMapping("/cases/{id}/best-interests")
    String overview(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        var file = caseFiles.current(user, caseId);
        model.addAttribute("kase", file.kase());
        model.addAttribute("mayManage", file.mayManage());
        model.addAttribute("assessments", assessments.ofCase(user, caseId));
        model.addAttribute("determinations", determinations.ofCase(user, caseId));
        model.addAttribute("plans", returnPlans.ofCase(user, caseId));
        model.addAttribute("protectionSought", originContact.protectionSought(caseId));
        model.addAttribute("contactKinds", OriginContact.Kind.values());
        return "bestinterests/overview";
    }

    @PostMapping("/cases/{id}/best-interests/assessments")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            return "redirect:/best-interests-assessments/" + assessments.start(CurrentUser.require(), new CaseId(id));
        } catch (DomainRuleViolation refused) {
            return refused(redirect, refused, "redirect:/cases/" + id + "/best-interests");
        }
    }

    @GetMapping("/best-interests-assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var assessment = assessments.view(user, id);
        var file = caseFiles.current(user, assessment.caseId());
        model.addAttribute("assessment", assessment);
        model.addAttribute("kase", file.kase());
        model.addAttribute("team", file.team());
        model.addAttribute("mayManage", file.mayManage());
        model.addAttribute("elements", Element.values());
        model.addAttribute("maturities", Assessments.Maturity.values());
        model.addAttribute("solutions", DurableSolution.values());
        model.addAttribute("today", LocalDate.now());
        return "bestinterests/assessment";
    }

    @PostMapping("/best-interests-assessments/{id}/findings")
    String contribute(@PathVariable UUID id, @RequestParam(required = false) Element element,
                      @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String source,
                      RedirectAttributes redirect) {
        try {
            assessments.contribute(CurrentUser.require(), id, element, text, source);
            redirect.addFlashAttribute("notice", "bia.contributed.notice");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("typedText", text);
            redirect.addFlashAttribute("typedSource", source);
            refused(redirect, refused, null);
        }
        return "redirect:/best-interests-assessments/" + id + "#findings";
    }

    @PostMapping("/best-interests-assessments/{id}/child-views")
    String childViews(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String words,
                      @RequestParam(defaultValue = "") String language,
                      @RequestParam(defaultValue = "false") boolean interpreterUsed,
                      @RequestParam(defaultValue = "") String supportPerson,
                      @RequestParam(required = false) Assessments.Maturity maturity, RedirectAttributes redirect) {
        try {
            assessments.recordChildViews(CurrentUser.require(), id, new Assessments.ChildViews(words, language,
                    interpreterUsed, supportPerson, maturity), version);
            redirect.addFlashAttribute("notice", "bia.child-views.notice");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "bia.conflict");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused, null);
        }
        return "redirect:/best-interests-assessments/" + id + "#child-views";
    }

    @PostMapping("/best-interests-assessments/{id}/sign-off")
    String signOff(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            assessments.signOff(CurrentUser.require(), id, version);
            redirect.addFlashAttribute("notice", "bia.signed-off.notice");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "bia.conflict");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused, null);
        }
        return "redirect:/best-interests-assessments/" + id;
    }

    @PostMapping("/best-interests-assessments/{id}/determination")
    String determine(@PathVariable UUID id, WebRequest request, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var assessment = assessments.view(user, id);
        try {
            var panel = new ArrayList<Determinations.PanelMember>();
            String chair = request.getParameter("chair");
            for (String member : FormInput.all(request, "panel")) {
                panel.add(new Determinations.PanelMember(UUID.fromString(member), member.equals(chair),
                        FormInput.all(request, "declared").contains(member)));
            }
            var options = EnumSet.noneOf(DurableSolution.class);
            FormInput.all(request, "options").forEach(o -> options.add(DurableSolution.valueOf(o)));
            String decision = request.getParameter("decision");
            determinations.determine(user, assessment.caseId(), new Determinations.Decision(id, panel, options,
                    decision == null || decision.isBlank() ? null : DurableSolution.valueOf(decision),
                    request.getParameter("reasons"), request.getParameter("dissent"),
                    "true".equals(request.getParameter("allowsContactWithOrigin")),
                    FormInput.date(request.getParameter("decidedOn")), FormInput.date(request.getParameter("reviewOn"))));
            redirect.addFlashAttribute("notice", "bid.recorded.notice");
            return "redirect:/cases/" + assessment.caseId().value() + "/best-interests";
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("typedReasons", request.getParameter("reasons"));
            redirect.addFlashAttribute("typedDissent", request.getParameter("dissent"));
            return refused(redirect, refused, "redirect:/best-interests-assessments/" + id + "#determination");
        } catch (IllegalArgumentException notAChoice) {
            return refused(redirect, new DomainRuleViolation("bid.options"),
                    "redirect:/best-interests-assessments/" + id + "#determination");
        }
    }

    @GetMapping("/best-interests-determinations/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"determination.pdf\"")
                .body(documents.pdf(CurrentUser.require(), id, DeterminationDocuments.Audience.FILE));
    }

    @GetMapping("/best-interests-determinations/{id}/for-the-child.pdf")
    ResponseEntity<byte[]> childPdf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"for-the-child.pdf\"")
                .body(documents.pdf(CurrentUser.require(), id, DeterminationDocuments.Audience.CHILD));
    }

    @PostMapping("/cases/{id}/best-interests/protection-claim")
    String protectionClaim(@PathVariable UUID id, @RequestParam(defaultValue = "") String claimedOn,
                           RedirectAttributes redirect) {
        try {
            originContact.protectionSought(CurrentUser.require(), new CaseId(id), FormInput.date(claimedOn));
            redirect.addFlashAttribute("notice", "asylum.recorded.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused, null);
        }
        return "redirect:/cases/" + id + "/best-interests";
    }

    @PostMapping("/cases/{id}/best-interests/origin-contacts")
    String originContact(@PathVariable UUID id, @RequestParam(required = false) OriginContact.Kind kind,
                         @RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "") String purpose,
                         RedirectAttributes redirect) {
        try {
            originContact.request(CurrentUser.require(), new CaseId(id), kind, country.toUpperCase(java.util.Locale.ROOT),
                    purpose);
            redirect.addFlashAttribute("notice", "origin-contact.recorded.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused, null);
        }
        return "redirect:/cases/" + id + "/best-interests";
    }

    @PostMapping("/cases/{id}/best-interests/return-plans")
    String draftPlan(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            return "redirect:/return-plans/" + returnPlans.draft(CurrentUser.require(), new CaseId(id),
                    new ReturnPlans.Plan(null, null, null, null, null, null, null, null, null));
        } catch (DomainRuleViolation refused) {
            return refused(redirect, refused, "redirect:/cases/" + id + "/best-interests");
        }
    }

    @GetMapping("/return-plans/{id}")
    String plan(@PathVariable UUID id, Model model) {
        var user = CurrentUser.require();
        var stored = returnPlans.view(user, id);
        if (!model.containsAttribute("plan")) {
            model.addAttribute("plan", stored);
        }
        var progress = returnPlans.progress(id);
        model.addAttribute("planId", id);
        model.addAttribute("progress", progress);
        model.addAttribute("missing", returnPlans.missing(id));
        model.addAttribute("version", returnPlans.version(id));
        model.addAttribute("kase", caseFiles.current(user, progress.caseId()).kase());
        return "bestinterests/return-plan";
    }

    @PostMapping("/return-plans/{id}")
    String revise(@PathVariable UUID id, @RequestParam long version, WebRequest request, RedirectAttributes redirect) {
        var plan = new ReturnPlans.Plan(null, request.getParameter("riskAssessment"), request.getParameter("familyAssessment"),
                request.getParameter("careArranged"), null, request.getParameter("receivingAgency"), null,
                request.getParameter("travelEscort"), request.getParameter("reintegrationPlan"));
        try {
            plan = new ReturnPlans.Plan(FormInput.date(request.getParameter("riskAssessedOn")), plan.riskAssessment(),
                    plan.familyAssessment(), plan.careArranged(), FormInput.date(request.getParameter("guardianHeardOn")),
                    plan.receivingAgency(), FormInput.date(request.getParameter("receivingAgencyAcceptedOn")), plan.travelEscort(),
                    plan.reintegrationPlan(), "true".equals(request.getParameter("familyCanProtect")));
            returnPlans.revise(CurrentUser.require(), id, plan, version);
            redirect.addFlashAttribute("notice", "return-plan.saved.notice");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "return-plan.conflict");
            redirect.addFlashAttribute("plan", plan);
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("plan", plan);
            refused(redirect, refused, null);
        }
        return "redirect:/return-plans/" + id;
    }

    @PostMapping("/return-plans/{id}/approval")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            returnPlans.approve(CurrentUser.require(), id);
            redirect.addFlashAttribute("notice", "return-plan.approved.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused, null);
        }
        return "redirect:/return-plans/" + id;
    }

    @PostMapping("/return-plans/{id}/return")
    String returned(@PathVariable UUID id, @RequestParam(defaultValue = "") String on, RedirectAttributes redirect) {
        try {
            returnPlans.returned(CurrentUser.require(), id, FormInput.date(on));
            redirect.addFlashAttribute("notice", "return.recorded.notice");
        } catch (DomainRuleViolation refused) {
            refused(redirect, refused, null);
        }
        return "redirect:/return-plans/" + id;
    }

    @PostMapping("/return-plans/{id}/monitoring-reports")
    String report(@PathVariable UUID id, @RequestParam(defaultValue = "") String dueOn,
                  @RequestParam(defaultValue = "") String receivedOn, @RequestParam(defaultValue = "") String report,
                  @RequestParam(defaultValue = "false") boolean retraffickingSigns, RedirectAttributes redirect) {
        try {
            returnPlans.report(CurrentUser.require(), id, FormInput.date(dueOn), FormInput.date(receivedOn), report, retraffickingSigns);
            redirect.addFlashAttribute("notice", "monitoring.recorded.notice");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("typedReport", report);
            refused(redirect, refused, null);
        }
        return "redirect:/return-plans/" + id + "#monitoring";
    }

    private static String refused(RedirectAttributes redirect, DomainRuleViolation refused, String view) {
        redirect.addFlashAttribute("noticeError", refused.messageCode());
        redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
        return view;
    }


}
