package org.haven.casework.web;

import org.haven.access.CurrentUser;
import org.haven.casework.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notices (their unread count is in the header, from {@code @notifications.unread(me)}). */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
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
