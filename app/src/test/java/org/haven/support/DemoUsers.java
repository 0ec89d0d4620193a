package org.haven.support;

import org.haven.access.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs tests in as the demo data set's users, the way the real sign-in would. */
@Component
public class DemoUsers {

    public static final String PASSWORD = "Haven-demo-2026";

    private final UserDetailsService users;

    DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    public SignedInUser user(String username) {
        return (SignedInUser) users.loadUserByUsername(username);
    }

    /** For MockMvc: a session in which this user has signed in (as the filters before security see it). */
    public org.springframework.mock.web.MockHttpSession session(String username) {
        var user = user(username);
        var session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new org.springframework.security.core.context.SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    /** For MockMvc: the request is made by this fully signed-in user. */
    public RequestPostProcessor as(String username) {
        var user = user(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
