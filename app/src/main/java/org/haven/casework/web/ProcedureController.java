package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.casework.Procedures;
import org.haven.platform.DomainRuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;

/** The referral procedure everyone works to; coordinators edit and publish new versions. */
@Controller
class ProcedureController {

    private final Procedures procedures;

    ProcedureController(Procedures procedures) {
        this.procedures = procedures;
    }

    @GetMapping("/procedure")
    String show(@RequestParam(required = false) String example, Model model) throws IOException {
        var current = procedures.current();
        model.addAttribute("procedure", current);
        model.addAttribute("versions", procedures.all());
        if (CurrentUser.require().hasRole(Role.COORDINATOR) && !model.containsAttribute("csv")) {
            boolean familyCourt = "family-court".equals(example);
            model.addAttribute("csv", familyCourt ? Procedures.shipped(Procedures.FAMILY_COURT_EXAMPLE)
                    : procedures.asCsv(current));
            model.addAttribute("name", familyCourt ? "Family court leads" : current.name());
        }
        return "casework/procedure";
    }

    @GetMapping(path = "/procedure.csv")
    ResponseEntity<String> download() {
        var current = procedures.current();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"referral-procedure-v" + current.version() + ".csv\"")
                .body(procedures.asCsv(current));
    }

    @PostMapping("/procedure")
    String publish(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String csv,
                   Model model, RedirectAttributes redirect) throws IOException {
        try {
            procedures.publish(CurrentUser.require(), name, csv);
            redirect.addFlashAttribute("notice", "procedure.published");
            return "redirect:/procedure";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused);
            model.addAttribute("csv", csv);
            model.addAttribute("name", name);
            return show(null, model);
        }
    }
}
