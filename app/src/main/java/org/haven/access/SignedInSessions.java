package org.haven.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in user held in the session: turns a half-signed-in user (password given) into a fully
 * signed-in one once the second factor is done, and refreshes the session after the user changes
 * their own account.
 */
@Component
public class SignedInSessions {

    private final Accounts accounts;
    private final SecurityContextRepository contexts;

    SignedInSessions(Accounts accounts, SecurityContextRepository contexts) {
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
        request.changeSessionId();
        store(user, request, response);
    }

    /** After the user changed their own account: the session shows the account as it now is. */
    public void refresh(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        store(user, request, response);
    }

    private void store(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser fresh = accounts.reload(user.id());
        fresh.eraseCredentials();
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
