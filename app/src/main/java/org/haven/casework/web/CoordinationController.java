package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.casework.Coordination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national coordinator's dashboard and the lists behind its numbers. */
@Controller
class CoordinationController {

    private final Coordination coordination;

    CoordinationController(Coordination coordination) {
        this.coordination = coordination;
    }

    @GetMapping("/coordination")
    String overview(Model model) {
        model.addAttribute("overview", coordination.overview(CurrentUser.require()));
        return "casework/coordination";
    }

    @GetMapping("/coordination/list")
    String list(@RequestParam Coordination.ListKind kind, @RequestParam(defaultValue = "") String key, Model model) {
        model.addAttribute("lines", coordination.list(CurrentUser.require(), kind, key));
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        return "casework/coordination-list";
    }
}
