package org.haven.access.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.haven.access.Accounts;
import org.haven.access.CurrentUser;
import org.haven.access.Role;
import org.haven.access.UserId;
import org.haven.directory.Directory;
import org.haven.directory.OrganisationId;
import org.haven.platform.DomainRuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Administrators create accounts, unlock them and require a second factor. */
@Controller
class UserAdministrationController {

    private final Accounts accounts;
    private final Directory directory;

    UserAdministrationController(Accounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    static class NewUserForm {
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{user.username.pattern}")
        private String username;
        @NotBlank @Size(max = 200)
        private String displayName;
        @NotNull
        private UUID organisationId;
        @NotEmpty
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        @NotBlank @Size(max = 200)
        private String password;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("organisations", directory.all());
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@ModelAttribute("form") NewUserForm form, Model model) {
        model.addAttribute("organisations", directory.all());
        model.addAttribute("allRoles", Role.values());
        return "admin/new-user";
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.create(CurrentUser.require().actor(), form.getUsername(), form.getDisplayName(),
                        new OrganisationId(form.getOrganisationId()), form.getRoles(), form.getPassword());
                redirect.addFlashAttribute("notice", "admin.user.created");
                return "redirect:/admin/users";
            } catch (DomainRuleViolation refused) {
                errors.reject(refused.messageCode(), refused.arguments(), refused.messageCode());
            }
        }
        form.setPassword(null);
        return newUser(form, model);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        accounts.unlock(CurrentUser.require().actor(), new UserId(id));
        redirect.addFlashAttribute("notice", "admin.user.unlocked");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/second-factor")
    String requireSecondFactor(@PathVariable UUID id, @RequestParam boolean required, RedirectAttributes redirect) {
        accounts.requireSecondFactor(CurrentUser.require().actor(), new UserId(id), required);
        redirect.addFlashAttribute("notice", "admin.user.updated");
        return "redirect:/admin/users";
    }
}
