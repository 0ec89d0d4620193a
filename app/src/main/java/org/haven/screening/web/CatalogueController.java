package org.haven.screening.web;

import org.haven.access.CurrentUser;
import org.haven.platform.DomainRuleViolation;
import org.haven.screening.CatalogueAdministration;
import org.haven.screening.Catalogues;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The indicator catalogue: everyone reads it; coordinators publish a new version from an edited CSV. */
@Controller
class CatalogueController {

    static final long MAX_FILE_BYTES = 1_000_000;

    private final Catalogues catalogues;
    private final CatalogueAdministration administration;

    CatalogueController(Catalogues catalogues, CatalogueAdministration administration) {
        this.catalogues = catalogues;
        this.administration = administration;
    }

    @GetMapping("/screening/catalogue")
    String catalogue(Model model) {
        model.addAttribute("catalogue", catalogues.current());
        return "screening/catalogue";
    }

    @GetMapping(path = "/screening/catalogue.csv")
    ResponseEntity<String> download() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"haven-indicators-v"
                        + catalogues.current().version() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(administration.currentAsCsv());
    }

    @PostMapping("/screening/catalogue")
    String publish(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        administration.requirePublisher(CurrentUser.require());
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainRuleViolation("catalogue.file.choose");
            }
            if (file.getSize() > MAX_FILE_BYTES) {
                throw new DomainRuleViolation("catalogue.file.too-large");
            }
            int version = administration.publish(CurrentUser.require(),
                    new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("notice", "catalogue.published");
            redirect.addFlashAttribute("publishedVersion", version);
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
            redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
        }
        return "redirect:/screening/catalogue";
    }
}
