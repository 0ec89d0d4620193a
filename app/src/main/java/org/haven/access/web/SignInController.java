package org.haven.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.access.Accounts;
import org.haven.access.SignedInSessions;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final Accounts accounts;
    private final SignedInSessions sessions;

    private final org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> singleSignOn;

    SignInController(Accounts accounts, SignedInSessions sessions, org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> singleSignOn) {
        this.singleSignOn = singleSignOn;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping("/sign-in")
    String signIn(org.springframework.ui.Model model) {
        var registrations = singleSignOn.getIfAvailable();
        if (registrations instanceof Iterable<?> all) {
            var providers = new java.util.ArrayList<org.springframework.security.oauth2.client.registration.ClientRegistration>();
            all.forEach(r -> providers.add((org.springframework.security.oauth2.client.registration.ClientRegistration) r));
            model.addAttribute("singleSignOn", providers);
        }
        return "access/sign-in";
    }

    @GetMapping("/sign-in/code")
    String code() {
        return "access/sign-in-code";
    }

    @PostMapping("/sign-in/code")
    String verifyCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                      HttpServletResponse response, Model model) {
        var pending = sessions.pendingUser();
        if (accounts.verifySecondFactor(pending.id(), code)) {
            sessions.complete(pending, request, response);
            return "redirect:/";
        }
        if (!accounts.reloadIsUsable(pending.id())) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/sign-in?error";
        }
        model.addAttribute("codeError", true);
        return "access/sign-in-code";
    }
}
