package org.haven.access.web;

import org.haven.access.CurrentUser;
import org.haven.access.SignedInUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user, for the header and the navigation every page shows. */
@ControllerAdvice
class NavigationModel {

    @ModelAttribute("me")
    SignedInUser me() {
        return CurrentUser.find().orElse(null);
    }
}
