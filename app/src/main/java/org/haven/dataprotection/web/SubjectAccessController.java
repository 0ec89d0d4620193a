package org.haven.dataprotection.web;

import org.haven.access.CurrentUser;
import org.haven.dataprotection.SubjectAccess;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Answering a subject-access request: find the child by a case reference, download JSON or PDF. */
@Controller
class SubjectAccessController {

    private final SubjectAccess subjectAccess;
    private final org.haven.dataprotection.SubjectAccessDocuments documents;

    SubjectAccessController(SubjectAccess subjectAccess, org.haven.dataprotection.SubjectAccessDocuments documents) {
        this.subjectAccess = subjectAccess;
        this.documents = documents;
    }

    @GetMapping("/data-protection/subject-access")
    String find(@RequestParam(required = false) String reference, Model model) {
        if (reference != null) {
            model.addAttribute("reference", reference);
            try {
                model.addAttribute("answer", subjectAccess.answer(CurrentUser.require(), reference));
            } catch (NotFound unknown) {
                model.addAttribute("error", new DomainRuleViolation("subject-access.case.unknown"));
            }
        }
        return "dataprotection/subject-access";
    }

    @GetMapping("/data-protection/subject-access/{reference}.json")
    ResponseEntity<SubjectAccess.Answer> json(@PathVariable String reference) {
        return download(subjectAccess.answer(CurrentUser.require(), reference), reference + ".json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/data-protection/subject-access/{reference}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String reference) {
        var user = CurrentUser.require();
        return download(documents.pdf(subjectAccess.answer(user, reference), user.zone()), reference + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    private static <T> ResponseEntity<T> download(T body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("subject-access-" + name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
