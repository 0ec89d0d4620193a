package org.haven.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.access.CurrentUser;
import org.haven.statistics.HtcdsExport;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The user's own cases as an HTCDS 2.0 file, to hand to another anti-trafficking organisation. */
@Controller
class HtcdsController {

    private final HtcdsExport export;

    HtcdsController(HtcdsExport export) {
        this.export = export;
    }

    @GetMapping("/htcds/my-cases.csv")
    void myCases(HttpServletResponse response) throws IOException {
        var user = CurrentUser.require();
        export.requireMayExport(user);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"haven-htcds-my-cases.csv\"");
        export.export(user, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)); // closed when written
    }
}
