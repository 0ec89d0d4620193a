package org.haven.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The fully signed-in user of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && authentication.getAuthorities().stream()
                .anyMatch(a -> SignedInUser.SIGNED_IN.equals(a.getAuthority()))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
    }
}
