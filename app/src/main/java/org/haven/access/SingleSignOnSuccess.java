package org.haven.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.audit.Actor;
import org.haven.audit.AuditRecord;
import org.haven.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

import java.io.IOException;

/**
 * After the organisation's identity provider (OpenID Connect) has signed someone in: they must have
 * a Haven account with the same username (claim {@code haven.security.oidc.username-claim}), enabled
 * and not locked; Haven's roles and case teams apply, never the provider's. Then on as after a
 * password: the second factor where it is required ({@link SignInSuccess}).
 */
class SingleSignOnSuccess implements AuthenticationSuccessHandler {

    private final AccountDetailsService accounts;
    private final SecurityContextRepository contexts;
    private final SessionRegistry sessions;
    private final SignInSuccess next;
    private final AuditTrail audit;
    private final String usernameClaim;

    SingleSignOnSuccess(AccountDetailsService accounts, SecurityContextRepository contexts, SessionRegistry sessions,
                        SignInSuccess next, AuditTrail audit, String usernameClaim) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.sessions = sessions;
        this.next = next;
        this.audit = audit;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        String username = authentication.getPrincipal() instanceof OidcUser oidc ? oidc.getClaimAsString(usernameClaim) : null;
        SignedInUser user = username == null ? null : accounts.findSignedInUser(username).orElse(null);
        if (user == null || !user.isEnabled() || !user.isAccountNonLocked()) {
            audit.record(Actor.system("single-sign-on"), AuditRecord.refused("sign-in.oidc", "user", username)
                    .withDetails(user == null ? "no Haven account" : "account disabled or locked"));
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect("/sign-in?sso-refused");
            return;
        }
        user.eraseCredentials();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = new SecurityContextImpl(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.removeSessionInformation(request.getSession().getId());
        sessions.registerNewSession(request.getSession().getId(), user);
        audit.record(user.actor(), AuditRecord.succeeded("sign-in.oidc", "user", user.id()));
        next.onAuthenticationSuccess(request, response, signedIn);
    }
}
