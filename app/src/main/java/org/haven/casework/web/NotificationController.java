package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.access.SignedInUser;
import org.haven.casework.Notifications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notices, and their unread count on every page. */
@Controller
@ControllerAdvice(annotations = Controller.class)
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotices")
    Integer unreadNotices() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? notifications.unread(user) : null;
    }

    @GetMapping("/notifications")
    String mine(Model model) {
        model.addAttribute("notices", notifications.mine(CurrentUser.require()));
        return "casework/notifications";
    }

    @PostMapping("/notifications/read")
    String markRead() {
        notifications.markAllRead(CurrentUser.require());
        return "redirect:/notifications";
    }
}
