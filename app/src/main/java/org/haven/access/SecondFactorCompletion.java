package org.haven.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Turns a half-signed-in user (password given) into a fully signed-in one once the second factor is done. */
@Component
public class SecondFactorCompletion {

    private final Accounts accounts;
    private final SecurityContextRepository contexts;

    SecondFactorCompletion(Accounts accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /** The user waiting for a second factor, or the fully signed-in user (who may enrol too). */
    public SignedInUser pendingUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new IllegalStateException("No user is signing in");
    }

    public boolean isPending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending;
    }

    public void complete(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser fresh = accounts.reload(user.id());
        fresh.eraseCredentials();
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
