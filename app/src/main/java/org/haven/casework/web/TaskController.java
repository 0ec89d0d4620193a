package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.casework.TaskId;
import org.haven.casework.Tasks;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** The lead agency's queue of tasks, and marking a task done from its case. */
@Controller
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/queue")
    String queue(Model model) {
        var user = CurrentUser.require();
        model.addAttribute("queue", tasks.queue(user));
        model.addAttribute("mine", tasks.mine(user));
        return "casework/queue";
    }

    /** Everyone's personal queue: the tasks they own, whatever their agency. */
    @GetMapping("/tasks/mine")
    String mine(Model model) {
        model.addAttribute("mine", tasks.mine(CurrentUser.require()));
        return "casework/my-tasks";
    }

    @PostMapping("/tasks/{id}/take")
    String take(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID caseId,
                RedirectAttributes redirect) {
        try {
            tasks.take(CurrentUser.require(), new TaskId(id), version);
            redirect.addFlashAttribute("notice", "task.taken");
            return "redirect:/cases/" + caseId + "#tasks";
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "task.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/queue";
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID caseId,
                    @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            tasks.complete(CurrentUser.require(), new TaskId(id), note, version);
            redirect.addFlashAttribute("notice", "task.completed");
        } catch (EditConflict conflict) {
            redirect.addFlashAttribute("noticeError", "task.conflict");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
            redirect.addFlashAttribute("noticeErrorArgs", refused.arguments());
        }
        return "redirect:/cases/" + caseId + "#tasks";
    }
}
