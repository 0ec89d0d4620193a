package org.haven.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

import java.io.IOException;

/**
 * After a correct password: straight in, or first to the second-factor code, or first to enrolment
 * when their role or an administrator requires a second factor they have not set up yet
 * ({@link SecondFactorPolicy}).
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SecurityContextRepository contexts;
    private final SecondFactorPolicy policy;

    SignInSuccess(SecurityContextRepository contexts, SecondFactorPolicy policy) {
        this.contexts = contexts;
        this.policy = policy;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            if (user.secondFactorEnrolled()) {
                hold(new SecondFactorPending(user, SecondFactorPending.CODE_PENDING), request, response);
                getRedirectStrategy().sendRedirect(request, response, "/sign-in/code");
                return;
            }
            if (policy.requiredOf(user.roles(), user.secondFactorRequired())) {
                hold(new SecondFactorPending(user, SecondFactorPending.ENROLMENT_PENDING), request, response);
                getRedirectStrategy().sendRedirect(request, response, "/account/two-factor");
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private void hold(SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
        var context = new SecurityContextImpl(pending);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
