package org.haven.crossborder.web;

import org.haven.access.CurrentUser;
import org.haven.platform.NoAccess;
import org.haven.access.Role;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.crossborder.CrossBorderRequest;
import org.haven.crossborder.CrossBorderRequests;
import org.haven.crossborder.LegalBasis;
import org.haven.crossborder.LocalMatches;
import org.haven.crossborder.NodeKeyRotation;
import org.haven.crossborder.NodeKeys;
import org.haven.crossborder.Partners;
import org.haven.crossborder.RequestKind;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.crossborder.RequestAttachments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Cross-border requests: from a case, the focal points' queue, one request, and the answer. */
@Controller
class CrossBorderController {

    private final CrossBorderRequests requests;
    private final Partners partners;
    private final CaseFiles caseFiles;
    private final LocalMatches localMatches;
    private final NodeKeyRotation rotation;
    private final NodeKeys nodeKeys;

    CrossBorderController(CrossBorderRequests requests, Partners partners, CaseFiles caseFiles, LocalMatches localMatches,
                          NodeKeyRotation rotation, NodeKeys nodeKeys) {
        this.rotation = rotation;
        this.nodeKeys = nodeKeys;
        this.requests = requests;
        this.partners = partners;
        this.caseFiles = caseFiles;
        this.localMatches = localMatches;
    }

    @GetMapping("/cases/{id}/crossborder")
    String ofCase(@PathVariable UUID id, @RequestParam(required = false) RequestKind kind, Model model) {
        return casePage(id, model, kind == null ? RequestKind.INFORMATION_REQUEST : kind, List.of(), null, null, null);
    }

    @PostMapping("/cases/{id}/crossborder")
    String send(@PathVariable UUID id, @RequestParam(name = "partner", required = false) List<String> partner,
                @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) LegalBasis legalBasis,
                @RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "false") boolean specialCategory,
                @RequestParam(name = "files", required = false) List<MultipartFile> files,
                RedirectAttributes redirect, Model model) throws IOException {
        var chosen = partner == null ? List.<String>of() : partner.stream().filter(p -> !p.isBlank()).toList();
        var uploaded = new ArrayList<RequestAttachments.File>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                uploaded.add(new RequestAttachments.File(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            }
        }
        try {
            requests.send(CurrentUser.require(), new CaseId(id), chosen, kind, legalBasis, question, specialCategory, uploaded);
        } catch (DomainRuleViolation rule) {
            model.addAttribute("typedSpecial", specialCategory);
            return casePage(id, model, kind == null ? RequestKind.INFORMATION_REQUEST : kind, chosen, legalBasis, question,
                    rule.messageCode());
        }
        redirect.addFlashAttribute("done", specialCategory ? "crossborder.sent-for-review" : "crossborder.sent");
        return "redirect:/cases/" + id + "/crossborder";
    }

    private String casePage(UUID id, Model model, RequestKind kind, List<String> partner, LegalBasis legalBasis, String question,
                            String problem) {
        var user = CurrentUser.require();
        var caseId = new CaseId(id);
        model.addAttribute("requests", requests.ofCase(user, caseId));
        model.addAttribute("file", caseFiles.current(user, caseId));
        model.addAttribute("partners", partners.all());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("kind", kind);
        model.addAttribute("carried", requests.childDataFor(user, caseId, kind));
        model.addAttribute("typedPartner", partner);
        model.addAttribute("typedBasis", legalBasis);
        model.addAttribute("typedQuestion", question);
        model.addAttribute("problem", problem);
        model.addAttribute("today", requests.today());
        return "crossborder/case";
    }

    @GetMapping("/crossborder")
    String queue(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("incoming", requests.incoming(user));
        model.addAttribute("awaitingReview", requests.awaitingReview(user));
        model.addAttribute("outgoing", requests.outgoing(user));
        model.addAttribute("today", requests.today());
        return "crossborder/queue";
    }

    @GetMapping("/crossborder/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        return requestPage(id, model, null, null);
    }

    @PostMapping("/crossborder/requests/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer, @RequestParam long version,
                  RedirectAttributes redirect, Model model) {
        return act(id, model, redirect, answer, "crossborder.answered",
                () -> requests.answer(CurrentUser.require(), id, answer, version));
    }

    @PostMapping("/crossborder/requests/{id}/review")
    String review(@PathVariable UUID id, @RequestParam(required = false) String decision,
                  @RequestParam(defaultValue = "") String note, @RequestParam long version, RedirectAttributes redirect,
                  Model model) {
        if (decision == null) {
            return requestPage(id, model, "crossborder.review.decision-required", note);
        }
        boolean send = "send".equals(decision);
        return act(id, model, redirect, note, send ? "crossborder.review.sent" : "crossborder.review.returned",
                () -> requests.review(CurrentUser.require(), id, send, note, version));
    }

    @PostMapping("/crossborder/requests/{id}/take")
    String take(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect, Model model) {
        return act(id, model, redirect, null, "crossborder.taken", () -> requests.take(CurrentUser.require(), id, version));
    }

    @PostMapping("/crossborder/requests/{id}/forward")
    String forward(@PathVariable UUID id, @RequestParam(required = false) String partner,
                   @RequestParam(defaultValue = "") String note, @RequestParam long version, RedirectAttributes redirect,
                   Model model) {
        model.addAttribute("typedNote", note);
        return act(id, model, redirect, null, "crossborder.forwarded",
                () -> requests.forward(CurrentUser.require(), id, partner, note, version));
    }

    /** Does one thing to a request; on a refusal or a conflict, the page again with the problem and what was typed. */
    private String act(UUID id, Model model, RedirectAttributes redirect, String typed, String done, Runnable action) {
        try {
            action.run();
        } catch (EditConflict conflict) {
            return requestPage(id, model, "crossborder.conflict", typed);
        } catch (DomainRuleViolation rule) {
            return requestPage(id, model, rule.messageCode(), typed);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/crossborder/requests/" + id;
    }

    private String requestPage(UUID id, Model model, String problem, String typed) {
        var user = CurrentUser.require();
        CrossBorderRequest request = requests.view(user, id);
        model.addAttribute("request", request);
        model.addAttribute("attachments", requests.attachmentsOf(request));
        model.addAttribute("today", requests.today());
        model.addAttribute("assignee", request.assignedTo() == null ? null
                : caseFiles.nameOf(new org.haven.access.UserId(request.assignedTo())));
        if (request.direction() == CrossBorderRequest.Direction.INCOMING && user.hasRole(Role.FOCAL_POINT)) {
            model.addAttribute("matches", localMatches.of(user, request));
            model.addAttribute("partners", partners.all().stream().filter(p -> !p.nodeId().equals(request.partner())).toList());
        }
        model.addAttribute("problem", problem);
        model.addAttribute("typed", typed);
        return "crossborder/request";
    }

    /** Always a download, never shown inline: a file from another country cannot run as part of Haven's pages. */
    @GetMapping("/crossborder/requests/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachment) {
        var file = requests.attachment(CurrentUser.require(), id, attachment);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @GetMapping("/crossborder/partners")
    String partnerList(Model model) {
        if (!CurrentUser.require().hasAnyRole(Role.FOCAL_POINT, Role.ADMINISTRATOR)) {
            throw new NoAccess("Partner nodes and keys are for focal points and administrators");
        }
        model.addAttribute("partners", partners.all());
        model.addAttribute("ownKeys", nodeKeys.publicKeys().getKeys());
        return "crossborder/partners";
    }

    @PostMapping("/crossborder/keys/rotate")
    String rotateKeys(RedirectAttributes redirect) {
        rotation.rotate(CurrentUser.require());
        redirect.addFlashAttribute("done", "crossborder.keys.rotated");
        return "redirect:/crossborder/partners";
    }
}
