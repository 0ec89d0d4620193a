package org.haven.statistics.web;

import org.haven.access.CurrentUser;
import org.haven.platform.DomainRuleViolation;
import org.haven.statistics.HtcdsImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Importing an HTCDS file as referrals for review, with a line-by-line report of what is wrong. */
@Controller
class HtcdsImportController {

    private final HtcdsImport imports;

    HtcdsImportController(HtcdsImport imports) {
        this.imports = imports;
    }

    @GetMapping("/htcds/import")
    String form() {
        imports.requireMayImport(CurrentUser.require());
        return "statistics/htcds-import";
    }

    @PostMapping("/htcds/import")
    String upload(@RequestParam(required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean acceptValidRows, Model model) throws IOException {
        var user = CurrentUser.require();
        imports.requireMayImport(user);
        model.addAttribute("acceptValidRows", acceptValidRows);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", new DomainRuleViolation("htcds.import.file.required"));
            return "statistics/htcds-import";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException notUtf8) {
            model.addAttribute("error", new DomainRuleViolation("htcds.import.file.not-utf8"));
            return "statistics/htcds-import";
        }
        try {
            model.addAttribute("outcome", imports.importFile(user, text, acceptValidRows));
        } catch (DomainRuleViolation refused) {
            model.addAttribute("error", refused); // e.g. no lead agency for the area: nothing was imported
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "statistics/htcds-import";
    }
}
