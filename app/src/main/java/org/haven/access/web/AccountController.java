package org.haven.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.haven.access.Accounts;
import org.haven.access.ApiTokens;
import org.haven.access.CurrentUser;
import org.haven.access.SignedInSessions;
import org.haven.access.UserSessions;
import org.haven.directory.Directory;
import org.haven.platform.DomainRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The signed-in user's own account: password, second factor, personal API tokens. */
@Controller
class AccountController {

    private static final String PROPOSED_SECRET = "proposedSecondFactorSecret";

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final Directory directory;
    private final SignedInSessions sessions;

    private final UserSessions userSessions;

    AccountController(Accounts accounts, ApiTokens tokens, Directory directory, SignedInSessions sessions,
                      UserSessions userSessions) {
        this.userSessions = userSessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.directory = directory;
        this.sessions = sessions;
    }

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+"))
            .sorted().toList();

    @GetMapping("/account")
    String account(Model model, HttpSession session) {
        var user = CurrentUser.require();
        model.addAttribute("sessions", userSessions.of(user, session.getId()));
        model.addAttribute("account", accounts.find(user.id()).orElseThrow());
        model.addAttribute("organisation", directory.find(user.organisationId()).orElse(null));
        model.addAttribute("timeZone", accounts.timeZoneOf(user.id()).getId());
        model.addAttribute("email", accounts.emailOf(user.id()).orElse(""));
        model.addAttribute("timeZones", TIME_ZONES);
        return "access/account";
    }

    @PostMapping("/account/sessions/end")
    String endSession(@RequestParam(defaultValue = "") String session, RedirectAttributes redirect) {
        userSessions.end(CurrentUser.require(), session);
        redirect.addFlashAttribute("notice", "account.sessions.ended");
        return "redirect:/account#sessions";
    }

    @PostMapping("/account/sessions/end-others")
    String endOtherSessions(HttpSession session, RedirectAttributes redirect) {
        userSessions.endAllOthers(CurrentUser.require(), session.getId());
        redirect.addFlashAttribute("notice", "account.sessions.ended");
        return "redirect:/account#sessions";
    }

    @PostMapping("/account/email")
    String useEmail(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            accounts.useEmail(user.actor(), user.id(), email);
            redirect.addFlashAttribute("notice", "account.email.changed");
        } catch (org.haven.platform.DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/time-zone")
    String chooseTimeZone(@RequestParam(defaultValue = "") String zone, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (!TIME_ZONES.contains(zone)) {
            redirect.addFlashAttribute("noticeError", "account.time-zone.invalid");
            return "redirect:/account";
        }
        accounts.chooseTimeZone(user.actor(), user.id(), ZoneId.of(zone));
        sessions.refresh(user, request, response);
        redirect.addFlashAttribute("notice", "account.time-zone.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
                          @RequestParam(defaultValue = "") String newPassword,
                          @RequestParam(defaultValue = "") String confirmPassword,
                          Model model, HttpSession session, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new DomainRuleViolation("password.confirmation.different");
            }
            accounts.changePassword(user.actor(), user.id(), currentPassword, newPassword);
        } catch (DomainRuleViolation refused) {
            model.addAttribute("passwordError", refused);
            return account(model, session);
        }
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account";
    }

    @GetMapping("/account/two-factor")
    String twoFactor(HttpSession session, Model model) {
        var user = sessions.pendingUser();
        if (!sessions.isPending() && accounts.find(user.id()).orElseThrow().secondFactorEnrolled()) {
            // Replacing a second factor means turning the current one off first, with a code from it.
            return "redirect:/account";
        }
        String secret = (String) session.getAttribute(PROPOSED_SECRET);
        if (secret == null) {
            secret = accounts.proposeSecondFactorSecret();
            session.setAttribute(PROPOSED_SECRET, secret);
        }
        model.addAttribute("secret", secret);
        model.addAttribute("secretGrouped", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("provisioningUri", accounts.provisioningUri(user.getUsername(), secret));
        model.addAttribute("enrolmentRequired", sessions.isPending());
        return "access/two-factor";
    }

    @PostMapping("/account/two-factor")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletRequest request,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var user = sessions.pendingUser();
        if (!sessions.isPending() && accounts.find(user.id()).orElseThrow().secondFactorEnrolled()) {
            return "redirect:/account";
        }
        String secret = (String) session.getAttribute(PROPOSED_SECRET);
        try {
            if (secret == null) {
                throw new DomainRuleViolation("totp.code.wrong");
            }
            accounts.enrolSecondFactor(user.actor(), user.id(), secret, code);
        } catch (DomainRuleViolation wrongCode) {
            model.addAttribute("codeError", true);
            return twoFactor(session, model);
        }
        session.removeAttribute(PROPOSED_SECRET);
        if (sessions.isPending()) {
            sessions.complete(user, request, response);
        }
        redirect.addFlashAttribute("notice", "account.two-factor.enrolled");
        return "redirect:/account";
    }

    @PostMapping("/account/two-factor/remove")
    String removeSecondFactor(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        try {
            accounts.removeSecondFactor(user.actor(), user.id(), code);
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("noticeError", refused.messageCode());
            return "redirect:/account";
        }
        redirect.addFlashAttribute("notice", "account.two-factor.removed");
        return "redirect:/account";
    }

    @GetMapping("/account/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.of(CurrentUser.require()));
        return "access/tokens";
    }

    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") int days,
                      Model model) {
        try {
            model.addAttribute("issued", tokens.issue(CurrentUser.require(), name, Duration.ofDays(days)));
        } catch (DomainRuleViolation invalid) {
            model.addAttribute("tokenError", invalid);
            model.addAttribute("name", name);
        }
        return tokens(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require(), id);
        redirect.addFlashAttribute("notice", "account.token.revoked");
        return "redirect:/account/tokens";
    }
}
