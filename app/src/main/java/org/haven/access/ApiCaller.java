package org.haven.access;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.io.Serial;

/** A user calling the API with a personal token: authenticated, but not a sign-in. */
final class ApiCaller extends UsernamePasswordAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    ApiCaller(SignedInUser user) {
        super(user, null, user.getAuthorities());
    }
}
